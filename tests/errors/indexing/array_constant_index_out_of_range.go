package main

func main() {
	var a [3]int
	a[3] = 7
	println(a[0])
}

// Error:
// 5:4: invalid argument: index 3 out of bounds [0:3]
