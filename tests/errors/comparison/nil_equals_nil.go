package main

func main() {
	println(nil == nil)
}

// Error:
// 4:17: invalid operation: nil == nil (operator == not defined on untyped nil)
