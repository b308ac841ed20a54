package main

func main() {
	m := map[[]int]string{}
	println(len(m))
}

// Error:
// 4:11: invalid map key type []int
