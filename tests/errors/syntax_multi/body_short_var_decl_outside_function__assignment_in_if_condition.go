package main

func main() {
	println(x)
	x := 1
	if x = 2 {
		println(x)
	}
}

// Error:
// 6:7: syntax error: cannot use assignment (x) = (2) as value
