package main

func main() {
	goto L
	{
	L:
		println("in")
	}
}

// Error:
// 4:7: goto L jumps into block starting at 5:2
