package main

func main() {
	const limit = 10
	limit := 20
	println(limit)
}

// Error:
// 5:2: cannot assign to limit
