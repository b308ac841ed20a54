package main

func main() {
	s := "42"
	n := int(s)
	println(n)
}

// Error:
// 5:11: cannot convert s (variable of type string) to type int
