package main

func get() int {
	return 1
}

func main() {
	get() = 2
}

// Error:
// 8:2: cannot assign to get() (value of type int)
