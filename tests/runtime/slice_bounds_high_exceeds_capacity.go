package main

func main() {
	s := make([]int, 2, 3)
	n := 5
	t := s[:n]
	println(len(t))
}

// Panic: runtime error: slice bounds out of range [:5] with capacity 3
