package main

func main() {
	total := 0
	total += "1"
	println(total)
}

// Error:
// 5:2: invalid operation: total += "1" (mismatched types int and untyped string)
