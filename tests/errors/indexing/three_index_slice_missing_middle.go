package main

func main() {
	a := []int{1, 2, 3}
	b := a[1::3]
	println(len(b))
}

// Error:
// 5:11: middle index required in 3-index slice
