package main

func main() {
	i := 1
	s := []int{i: 5}
	println(len(s))
}

// Error:
// 5:14: index i must be integer constant
