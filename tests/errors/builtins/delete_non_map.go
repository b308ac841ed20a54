package main

func main() {
	s := []int{1, 2}
	delete(s, 0)
}

// Error:
// 5:9: invalid argument: s (variable of type []int) is not a map
