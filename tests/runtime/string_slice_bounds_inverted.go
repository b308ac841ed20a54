package main

func main() {
	s := "hello"
	a, b := 4, 1
	println(s[a:b])
}

// Panic: runtime error: slice bounds out of range [4:1]
