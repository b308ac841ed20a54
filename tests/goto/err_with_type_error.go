package main

// goto errors come with the type errors of the same function, in order of
// position.
func main() {
	var s string = 1
	goto L
	n := 2
L:
	println(s, n + "")
}

// Error:
// 6:17: cannot use 1 (untyped int constant) as string value in variable declaration
// 7:7: goto L jumps over declaration of n at 8:4
// 10:13: invalid operation: n + "" (mismatched types int and untyped string)
