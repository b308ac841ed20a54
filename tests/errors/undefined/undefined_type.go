package main

func main() {
	var x integer = 5
	println(x)
}

// Error:
// 4:8: undefined: integer
