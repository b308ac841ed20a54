package main

func main() {
	s := []int{1, 2, 3}
	lo := 4
	println(len(s[lo:]))
}

// Panic: runtime error: slice bounds out of range [4:3]
