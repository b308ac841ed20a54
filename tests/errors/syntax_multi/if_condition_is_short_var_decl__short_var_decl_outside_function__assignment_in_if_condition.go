package main

func main() {
	if n := 3 {
		println(n)
	}
}


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
// 4:7: syntax error: cannot use n := 3 as value
// 10:1: syntax error: non-declaration statement outside function body
// 19:7: syntax error: cannot use assignment (x) = (2) as value
