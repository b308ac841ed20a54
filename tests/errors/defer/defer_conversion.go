package main

func main() {
	n := 3
	defer int64(n)
}

// Error:
// 5:8: defer requires function call, not conversion int64(n) (value of type int64)
