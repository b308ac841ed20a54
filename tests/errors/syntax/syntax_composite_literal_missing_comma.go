package main

func main() {
	s := []int{
		1,
		2
	}
	println(len(s))
}

// Error:
// 6:4: syntax error: unexpected newline in composite literal; possibly missing comma or }
