package main

x := 1

func main() {
	println(x)
}


func main() {
	x := 1
	if x = 2 {
		println(x)
	}
}

// Error:
// 3:1: syntax error: non-declaration statement outside function body
// 12:7: syntax error: cannot use assignment (x) = (2) as value
