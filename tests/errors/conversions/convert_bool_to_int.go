package main

func main() {
	b := true
	n := int(b)
	println(n)
}

// Error:
// 5:11: cannot convert b (variable of type bool) to type int
