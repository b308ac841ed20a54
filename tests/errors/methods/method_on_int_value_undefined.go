package main

func main() {
	n := 5
	println(n.String())
}

// Error:
// 5:12: n.String undefined (type int has no field or method String)
