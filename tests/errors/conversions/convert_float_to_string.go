package main

func main() {
	f := 1.5
	s := string(f)
	println(s)
}

// Error:
// 5:14: cannot convert f (variable of type float64) to type string
