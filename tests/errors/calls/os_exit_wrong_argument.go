package main

import "os"

func main() {
	os.Exit("failure")
}

// Error:
// 6:10: cannot use "failure" (untyped string constant) as int value in argument to os.Exit
