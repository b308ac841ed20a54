package main

func main() {
	s := []int{
		1,
		2
	}
	println(len(s))
	x := 1
	if x > 0 {
		println("pos")
	}
	else {
		println("neg")
	}
}

// Error:
// 6:4: syntax error: unexpected newline in composite literal; possibly missing comma or }
// 13:2: syntax error: unexpected else, expecting }
