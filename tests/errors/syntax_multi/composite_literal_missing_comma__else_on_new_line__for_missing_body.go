package main

func main() {
	s := []int{
		1,
		2
	}
	println(len(s))
}


func main() {
	x := 1
	if x > 0 {
		println("pos")
	}
	else {
		println("neg")
	}
}


func main() {
	for i := 0; i < 3; i++
	println("x")
}

// Error:
// 6:4: syntax error: unexpected newline in composite literal; possibly missing comma or }
// 17:2: syntax error: unexpected else, expecting }
// 24:24: syntax error: unexpected newline, expecting { after for clause
