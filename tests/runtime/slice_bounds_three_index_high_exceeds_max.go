package main

func main() {
	s := []int{1, 2, 3}
	h, m := 3, 2
	println(len(s[0:h:m]))
}

// Panic: runtime error: slice bounds out of range [:3:2]
