package main

func main() {
	s := []int{1, 2, 3}
	m := 5
	println(len(s[0:2:m]))
}

// Panic: runtime error: slice bounds out of range [::5] with capacity 3
