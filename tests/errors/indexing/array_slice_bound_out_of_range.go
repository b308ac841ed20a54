package main

func main() {
	var a [3]int
	s := a[1:5]
	println(len(s))
}

// Error:
// 5:11: invalid argument: index 5 out of bounds [0:4]
