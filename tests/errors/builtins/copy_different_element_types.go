package main

func main() {
	a := []int{1, 2}
	b := []string{"x", "y"}
	println(copy(a, b))
}

// Error:
// 6:15: invalid argument: arguments to copy a (variable of type []int) and b (variable of type []string) have different element types int and string
