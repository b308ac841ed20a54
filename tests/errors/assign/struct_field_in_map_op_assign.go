package main

type Counter struct {
	N int
}

func main() {
	m := map[int]Counter{}
	m[1].N += 5
	println(len(m))
}

// Error:
// 9:2: cannot assign to struct field m[1].N in map
