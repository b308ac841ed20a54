package main

func main() {
	x := 1
	if x > 0 {
		println("pos")
	}
	else {
		println("neg")
	}
}


// After a for clause's second semicolon Go parses a post statement unless
// '{' follows, so a stray token there is "expecting expression" (found by
// the differential fuzzer). Go then skips to the next closing bracket, past
// the body's '{', and wants the body at its '}'.
func main() {
	for ;; ; {
	}
}

// Error:
// 8:2: syntax error: unexpected else, expecting }
// 19:9: syntax error: unexpected semicolon, expecting expression
// 20:2: syntax error: unexpected }, expecting { after for clause
