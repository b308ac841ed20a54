package main

func main() {
	a, b := 1, 2
	p := &(a + b)
	println(*p)
}

// Error:
// 5:9: invalid operation: cannot take address of a + b (value of type int)
