package main

func main() {
	x := 1
	if x = 2 {
		println(x)
	}
}


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

// Error:
// 5:7: syntax error: cannot use assignment (x) = (2) as value
// 18:6: syntax error: unexpected := at end of statement
