package main

type Path []string

func main() {
	m := make(map[Path]int)
	println(len(m))
}

// Error:
// 6:16: invalid map key type Path
