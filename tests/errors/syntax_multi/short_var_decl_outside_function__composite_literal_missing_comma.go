package main

x := 1

func main() {
	println(x)
}


func main() {
	s := []int{
		1,
		2
	}
	println(len(s))
}

// Error:
// 3:1: syntax error: non-declaration statement outside function body
// 13:4: syntax error: unexpected newline in composite literal; possibly missing comma or }
