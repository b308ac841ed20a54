package main

func main() {
L:
	goto L
L:
	goto L
M:
M:
}

// Error:
// 6:1: label L already defined at 4:1
// 8:1: label M defined and not used
// 9:1: label M already defined at 8:1
