package main

func f() {}

func main() {
	n := int(f)
	println(n)
}

// Error:
// 6:11: cannot convert f (value of type func()) to type int
