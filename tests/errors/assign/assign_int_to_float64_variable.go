package main

func main() {
	n := 3
	var f float64 = n
	println(f)
}

// Error:
// 5:18: cannot use n (variable of type int) as type float64 in variable declaration
