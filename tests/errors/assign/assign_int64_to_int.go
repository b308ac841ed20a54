package main

func main() {
	var a int64 = 5
	var b int = a
	println(b)
}

// Error:
// 5:14: cannot use a (variable of type int64) as type int in variable declaration
