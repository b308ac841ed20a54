package main

func main() {
	s := "hey"
	i := len(s)
	println(s[i])
}

// Panic: runtime error: index out of range [3] with length 3
