package main

// A label of an earlier block is not in scope of a later goto: jumping
// back into that block is an error too.
func main() {
	{
	L:
		println("block")
	}
	goto L
}

// Error:
// 10:7: goto L jumps into block starting at 6:2
