package main

func main() {
	a := [3]int{5: 1}
	println(a[0])
}

// Error:
// 4:14: invalid argument: index 5 out of bounds [0:3]
