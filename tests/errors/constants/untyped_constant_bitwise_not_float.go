package main

func main() {
	x := ^1.5
	println(x)
}

// Error:
// 4:8: invalid operation: operator ^ not defined on 1.5 (untyped float constant)
