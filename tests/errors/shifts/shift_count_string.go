package main

func main() {
	n := 1
	println(n << "2")
}

// Error:
// 5:15: cannot convert "2" (untyped string constant) to uint
