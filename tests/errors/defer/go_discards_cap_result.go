package main

func main() {
	s := make([]int, 3)
	go cap(s)
}

// Error:
// 5:5: go discards result of cap(s) (value of type int)
