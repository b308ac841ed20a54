package main

func main() {
	a := [2]int{1, 2, 3}
	println(a[0])
}

// Error:
// 4:20: index 2 is out of bounds (>= 2)
