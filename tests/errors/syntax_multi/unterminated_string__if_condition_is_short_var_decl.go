package main

func main() {
	println("abc)
}


func main() {
	if n := 3 {
		println(n)
	}
}

// Error:
// 4:15: newline in string
// 4:15: syntax error: unexpected newline in argument list; possibly missing comma or )
// 9:7: syntax error: cannot use n := 3 as value
