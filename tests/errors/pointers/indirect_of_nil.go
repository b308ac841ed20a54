package main

func main() {
	println(*nil)
}

// Error:
// 4:11: invalid operation: cannot indirect nil
