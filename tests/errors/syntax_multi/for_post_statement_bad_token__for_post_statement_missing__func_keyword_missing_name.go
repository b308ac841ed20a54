package main

func main() {
	for i := 0; i < 3; ) {
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


func (a int) {
}

func main() {
}

// Error:
// 4:21: syntax error: unexpected ), expecting expression
// 14:9: syntax error: unexpected semicolon, expecting expression
// 15:2: syntax error: unexpected }, expecting { after for clause
// 19:14: syntax error: unexpected {, expecting name or (
