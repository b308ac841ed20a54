package main

func main() {
	s := []int{1}
	defer append(s, 2)
}

// Error:
// 5:8: defer discards result of append(s, 2) (value of type []int)
