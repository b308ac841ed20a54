package main

func main() {
	n := 1
	p := (*float64)(&n)
	println(p)
}

// Error:
// 5:18: cannot convert &n (value of type *int) to type *float64
