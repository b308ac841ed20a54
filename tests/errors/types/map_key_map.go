package main

func main() {
	m := map[map[string]int]bool{}
	println(len(m))
}

// Error:
// 4:11: invalid map key type map[string]int
