package main

func main() {
	s := []int{1, 2, 3}
	l, h := 2, 1
	println(len(s[l:h:3]))
}

// Panic: runtime error: slice bounds out of range [2:1:]
