package main

func main() {
	a := [3]int{0: 1, 1: 2, 0: 3}
	println(a[0])
}

// Error:
// 4:27: duplicate index 0 in array or slice literal
