package main

func main() {
	s := []string{2: "a", 2: "b"}
	println(len(s))
}

// Error:
// 4:25: duplicate index 2 in array or slice literal
