package main

type Bag struct {
	Items []int
}

func main() {
	a := Bag{}
	b := Bag{}
	println(a == b)
}

// Error:
// 10:10: invalid operation: a == b (struct containing []int cannot be compared)
