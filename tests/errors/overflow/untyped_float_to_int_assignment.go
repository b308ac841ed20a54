package main

func main() {
	n := 1
	n = 3.7
	println(n)
}

// Error:
// 5:6: cannot use 3.7 (untyped float constant) as int value in assignment (truncated)
