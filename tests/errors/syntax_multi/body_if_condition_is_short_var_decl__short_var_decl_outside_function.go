package main

func main() {
	if n := 3 {
		println(n)
	}
	println(x)
}

// Error:
// 4:7: syntax error: cannot use n := 3 as value
