package main

func main() {
	x := 1
	if x > 0 {
		println("pos")
	}
	else {
		println("neg")
	}
	for i := 0; i < 3; i++
	println("x")
}

// Error:
// 8:2: syntax error: unexpected else, expecting }
