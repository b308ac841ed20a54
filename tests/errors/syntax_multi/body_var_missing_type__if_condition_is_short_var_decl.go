package main

func main() {
	var x
	x = 1
	println(x)
	if n := 3 {
		println(n)
	}
}

// Error:
// 4:7: syntax error: unexpected newline, expecting type
// 7:7: syntax error: cannot use n := 3 as value
