package main

func main() {
	n := int{1}
	println(n)
}

// Error:
// 4:7: invalid composite literal type int
