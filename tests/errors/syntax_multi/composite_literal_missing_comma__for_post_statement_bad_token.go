package main

func main() {
	s := []int{
		1,
		2
	}
	println(len(s))
}


func main() {
	for i := 0; i < 3; ) {
	}
}

// Error:
// 6:4: syntax error: unexpected newline in composite literal; possibly missing comma or }
// 13:21: syntax error: unexpected ), expecting expression
