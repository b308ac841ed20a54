package main

type Point struct {
	X, Y int
}

func main() {
	m := map[string]Point{"a": {1, 2}}
	m["a"].X = 10
	println(m["a"].X)
}

// Error:
// 9:2: cannot assign to struct field m["a"].X in map
