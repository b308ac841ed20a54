package main

func main() {
	m := map[string]int{"k": 1}
	p := &m["k"]
	println(*p)
}

// Error:
// 5:8: invalid operation: cannot take address of m["k"] (map index expression of type int)
