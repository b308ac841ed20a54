package main

func init() {}

func main() {
	init()
}

// Error:
// 6:2: undefined: init
