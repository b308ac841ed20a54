package main

func main() {
	var a, b = 1, 2, 3
}

// Error:
// 4:6: a declared but not used
// 4:9: b declared but not used
// 4:19: extra init expr 3
