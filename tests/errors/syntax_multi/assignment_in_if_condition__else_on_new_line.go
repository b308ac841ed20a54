package main

func main() {
	x := 1
	if x = 2 {
		println(x)
	}
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

// Error:
// 5:7: syntax error: cannot use assignment (x) = (2) as value
// 16:2: syntax error: unexpected else, expecting }
