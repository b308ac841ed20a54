package main

func work() {}

func main() {
	go work
}

// Error:
// 6:5: expression in go must be function call
