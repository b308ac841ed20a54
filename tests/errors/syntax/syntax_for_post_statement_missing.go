package main

// After a for clause's second semicolon Go parses a post statement unless
// '{' follows, so a stray token there is "expecting expression" (found by
// the differential fuzzer; Go also reports 5:2, gosh the first error only).
func main() {
	for ;; ; {
	}
}

// Error:
// 7:9: syntax error: unexpected semicolon, expecting expression
