package main

func main() {
	f := 2.5
	var i int = f
	println(i)
}

// Error:
// 5:14: cannot use f (variable of type float64) as type int in variable declaration
