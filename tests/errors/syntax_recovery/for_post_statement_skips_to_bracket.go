package main

// A bad for post statement: Go skips from the error to the next closing
// bracket (here the call's ')', inside the body) and wants the body there.
func main() {
	out := ""
	for k := 0; k < 3; k+ {
		out += string(rune('a' + k))
	}
	for i := 0; i < 2; i++ {
		println(out i)
	}
}

// Error:
// 7:24: syntax error: unexpected {, expecting expression
// 8:29: syntax error: unexpected ), expecting { after for clause
// 11:15: syntax error: unexpected i in argument list; possibly missing comma or )
