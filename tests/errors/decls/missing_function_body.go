package main

func helper(n int) int

func main() {
	println(helper(1))
}

// Error:
// 3:6: missing function body
