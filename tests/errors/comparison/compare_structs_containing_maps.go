package main

type Index struct {
	Name string
	M    map[string]int
}

func main() {
	a := Index{}
	b := Index{}
	println(a != b)
}

// Error:
// 11:10: invalid operation: a != b (struct containing map[string]int cannot be compared)
