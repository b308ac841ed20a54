package main

func value() int {
	return 42
}

func main() {
	p := &value()
	println(*p)
}

// Error:
// 8:8: invalid operation: cannot take address of value() (value of type int)
