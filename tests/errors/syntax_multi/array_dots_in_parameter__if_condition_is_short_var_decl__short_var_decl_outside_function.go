package main

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


x := 1

func main() {
	println(x)
}

// Error:
// 3:13: syntax error: unexpected ..., expecting expression
// 13:7: syntax error: cannot use n := 3 as value
// 19:1: syntax error: non-declaration statement outside function body
