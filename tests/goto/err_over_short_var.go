package main

func main() {
	goto L
	x := 1
	_ = x
L:
	println("hi")
}

// Error:
// 4:7: goto L jumps over declaration of x at 5:4
