package main

func main() {
	var b []byte = "abc"
	println(len(b))
}

// Error:
// 4:17: cannot use "abc" (untyped string constant) as []byte value in variable declaration
