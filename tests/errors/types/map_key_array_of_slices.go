package main

func main() {
	var m map[[2][]int]string
	println(len(m))
}

// Error:
// 4:12: invalid map key type [2][]int
