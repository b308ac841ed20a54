package main

type Node struct {
	value int
	next  Node
}

func main() {
	var n Node
	println(n.value)
}

// Error:
// 3:6: invalid recursive type Node
// 	3:6: Node refers to
// 	3:6: Node
