package main

func main() {
	a := 1
	b := 2
	if a && b {
		println("both")
	}
}

// Error:
// 6:5: invalid operation: operator && not defined on a (variable of type int)
