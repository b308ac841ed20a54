package main

func main() {
	m := map[string]int{"a": 1}
	println(m[1])
}

// Error:
// 5:12: cannot use 1 (untyped int constant) as string value in map index
