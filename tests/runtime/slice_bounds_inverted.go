package main

func main() {
	s := []int{1, 2, 3, 4}
	lo, hi := 3, 2
	println(len(s[lo:hi]))
}

// Panic: runtime error: slice bounds out of range [3:2]
