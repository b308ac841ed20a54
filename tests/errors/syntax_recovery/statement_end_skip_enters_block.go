package main

// After "at end of statement" Go skips to the next ';' however deep in
// braces: here one inside the else block, so the '}'s that follow end the
// loop and the function, and the return is left outside it.
func pick(n int) int {
	for n > 0 {
		if n%2 == 0 {
			n--
		} els {
			n -= 3
		}
	}
	return n
}

func main() {
	println(pick(7))
}

// Error:
// 10:5: syntax error: unexpected els at end of statement
// 14:2: syntax error: non-declaration statement outside function body
