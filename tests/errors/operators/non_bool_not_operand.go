package main

func main() {
	n := 0
	if !n {
		println("zero")
	}
}

// Error:
// 5:6: invalid operation: operator ! not defined on n (variable of type int)
