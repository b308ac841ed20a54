package main

func main() {
	y = 5
}

// Error:
// 4:2: undefined: y
