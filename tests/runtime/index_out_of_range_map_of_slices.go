package main

func main() {
	m := map[string][]int{"a": {1}}
	println(m["b"][0])
}

// Panic: runtime error: index out of range [0] with length 0
