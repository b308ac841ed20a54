package main

func main() {
	var a [...]int
	println(len(a))
}

// Error:
// 4:8: invalid use of [...] array (outside a composite literal)
