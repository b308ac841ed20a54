package main

func main() {
	var x int = "s"
	println(x)
}

// Error:
// 4:14: cannot use "s" (untyped string constant) as int value in variable declaration
