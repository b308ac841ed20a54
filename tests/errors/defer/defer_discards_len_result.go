package main

func main() {
	s := []int{1, 2}
	defer len(s)
}

// Error:
// 5:8: defer discards result of len(s) (value of type int)
