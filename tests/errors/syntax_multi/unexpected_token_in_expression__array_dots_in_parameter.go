package main

func main() {
	x := 1 + )
	println(x)
}


func sum(a [...]int) int {
	return a[0]
}

func main() {
	println(sum([1]int{1}))
}

// Error:
// 4:11: syntax error: unexpected ), expecting expression
// 9:13: syntax error: unexpected ..., expecting expression
