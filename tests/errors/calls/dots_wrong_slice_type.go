package main

func count(xs ...int) int {
	return len(xs)
}

func main() {
	words := []string{"a", "b"}
	println(count(words...))
}

// Error:
// 9:16: cannot use words (variable of type []string) as type []int in argument to count
