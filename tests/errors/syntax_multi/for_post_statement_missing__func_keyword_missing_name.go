package main

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
// 8:9: syntax error: unexpected semicolon, expecting expression
// 9:2: syntax error: unexpected }, expecting { after for clause
// 13:14: syntax error: unexpected {, expecting name or (
