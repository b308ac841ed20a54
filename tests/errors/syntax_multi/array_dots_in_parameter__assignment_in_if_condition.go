package main

func sum(a [...]int) int {
	return a[0]
}

func main() {
	println(sum([1]int{1}))
}


func main() {
	x := 1
	if x = 2 {
		println(x)
	}
}

// Error:
// 3:13: syntax error: unexpected ..., expecting expression
// 14:7: syntax error: cannot use assignment (x) = (2) as value
