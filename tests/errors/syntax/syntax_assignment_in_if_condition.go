package main

func main() {
	x := 1
	if x = 2 {
		println(x)
	}
}

// Error:
// 5:7: syntax error: cannot use assignment (x) = (2) as value
