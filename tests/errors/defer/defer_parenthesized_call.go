package main

func done() {}

func main() {
	defer (done())
}

// Error:
// 6:8: expression in defer must not be parenthesized
