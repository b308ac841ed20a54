package main

func main() {
	if n := 3 {
		println(n)
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
// 4:7: syntax error: cannot use n := 3 as value
// 17:6: syntax error: unexpected := at end of statement
