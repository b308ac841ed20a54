package main

type Counter struct {
	N int
}

func main() {
	m := map[string]Counter{}
	m["a"].N++
	println(len(m))
}

// Error:
// 9:2: cannot assign to struct field m["a"].N in map
