package main

func main() {
	a := []int{1, 2, 3}
	println(a["1"])
}

// Error:
// 5:12: cannot convert "1" (untyped string constant) to int
