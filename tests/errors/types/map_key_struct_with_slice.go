package main

type Key struct {
	Parts []string
}

func main() {
	m := map[Key]int{}
	println(len(m))
}

// Error:
// 8:11: invalid map key type Key
