package main

func main() {
	a := []int{1, 2}
	b := []string(a)
	println(len(b))
}

// Error:
// 5:16: cannot convert a (variable of type []int) to type []string
