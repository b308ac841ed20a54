package main

func main() {
	for i := 0; i < 3; ) {
	}
}


func main() {
	if {
	}
}

// Error:
// 4:21: syntax error: unexpected ), expecting expression
// 10:5: syntax error: missing condition in if statement
