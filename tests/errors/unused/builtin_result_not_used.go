package main

func main() {
	s := "abc"
	len(s)
}

// Error:
// 5:2: len(s) (value of type int) is not used
