package main

func main() {
	var x
	x = 1
	println(x)
}


func sum(a [...]int) int {
	return a[0]
}

func main() {
	println(sum([1]int{1}))
}


func main() {
	if n := 3 {
		println(n)
	}
}

// Error:
// 4:7: syntax error: unexpected newline, expecting type
// 10:13: syntax error: unexpected ..., expecting expression
// 20:7: syntax error: cannot use n := 3 as value
