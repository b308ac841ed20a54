package main

func get() int { return 1 }

func main() {
	get()++
}

// Error:
// 6:2: cannot assign to get() (value of type int)
