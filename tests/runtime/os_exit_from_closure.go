package main

import (
	"fmt"
	"os"
)

func main() {
	fail := func(code int) {
		fmt.Printf("exiting with %d\n", code)
		os.Exit(code)
	}
	fail(42)
	fmt.Println("unreachable")
}

// Output:
// exiting with 42
// Exit: 42
