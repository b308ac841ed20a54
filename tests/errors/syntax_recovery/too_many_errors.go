package main

// Go stops at its tenth error: it prints ten, then "43:9: too many errors"
// (so does gosh; the test runner leaves that line out of the comparison).

func f1() {
	x := 1 y := 2
}

func f2() {
	x := 1 y := 2
}

func f3() {
	x := 1 y := 2
}

func f4() {
	x := 1 y := 2
}

func f5() {
	x := 1 y := 2
}

func f6() {
	x := 1 y := 2
}

func f7() {
	x := 1 y := 2
}

func f8() {
	x := 1 y := 2
}

func f9() {
	x := 1 y := 2
}

func f10() {
	x := 1 y := 2
}

func f11() {
	x := 1 y := 2
}

func f12() {
	x := 1 y := 2
}

func main() {}

// Error:
// 7:9: syntax error: unexpected y at end of statement
// 11:9: syntax error: unexpected y at end of statement
// 15:9: syntax error: unexpected y at end of statement
// 19:9: syntax error: unexpected y at end of statement
// 23:9: syntax error: unexpected y at end of statement
// 27:9: syntax error: unexpected y at end of statement
// 31:9: syntax error: unexpected y at end of statement
// 35:9: syntax error: unexpected y at end of statement
// 39:9: syntax error: unexpected y at end of statement
// 43:9: syntax error: unexpected y at end of statement
