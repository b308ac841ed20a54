package main

func main() {
	a := []int{1, 2, 3}
	println(len(a[2:1]))
}

// Error:
// 5:18: invalid slice indices: 1 < 2
