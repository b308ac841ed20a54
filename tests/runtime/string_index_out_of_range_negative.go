package main

func main() {
	s := "hey"
	i := -2
	println(s[i])
}

// Panic: runtime error: index out of range [-2]
