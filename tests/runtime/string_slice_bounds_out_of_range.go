package main

func main() {
	s := "abc"
	n := 5
	println(s[:n])
}

// Panic: runtime error: slice bounds out of range [:5] with length 3
