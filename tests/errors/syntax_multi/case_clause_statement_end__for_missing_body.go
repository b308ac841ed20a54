package main

// A statement list in a case clause ends a statement as a block does:
// a stray token after one is "at end of statement" (found by the
// differential fuzzer: gosh said "expecting }").
func main() {
	switch {
	case true:
		b := 1 +
			v := 2
	}
}


func main() {
	for i := 0; i < 3; i++
	println("x")
}

// Error:
// 10:6: syntax error: unexpected := at end of statement
// 16:24: syntax error: unexpected newline, expecting { after for clause
