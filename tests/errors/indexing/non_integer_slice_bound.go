package main

func main() {
	a := []int{1, 2, 3}
	println(len(a[:"2"]))
}

// Error:
// 5:17: cannot convert "2" (untyped string constant) to int
