package main

func main() {
	switch {
	case true:
		b := 1 +
			v := 2
	}
	s := []int{
		1,
		2
	}
	println(len(s))
}

// Error:
// 7:6: syntax error: unexpected := at end of statement
// 11:4: syntax error: unexpected newline in composite literal; possibly missing comma or }
