package main

type Handler struct{}

func Handler() {}

func main() {
	println(1)
}

// Error:
// 5:6: Handler redeclared in this block
// 	3:6: other declaration of Handler
