package main

func main() {
	m := map[func()]int{}
	println(len(m))
}

// Error:
// 4:15: invalid map key type func()
