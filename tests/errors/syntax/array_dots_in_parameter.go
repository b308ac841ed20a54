package main

func sum(a [...]int) int {
	return a[0]
}

func main() {
	println(sum([1]int{1}))
}

// Error:
// 3:13: syntax error: unexpected ..., expecting expression
