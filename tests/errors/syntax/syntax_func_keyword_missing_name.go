package main

func (a int) {
}

func main() {
}

// Error:
// 3:14: syntax error: unexpected {, expecting name or (
