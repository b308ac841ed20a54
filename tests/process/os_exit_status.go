package main

import (
	"fmt"
	"os"
)

func check(n int) {
	if n > 2 {
		fmt.Println("exiting at", n)
		os.Exit(3)
	}
	fmt.Println("ok", n)
}

func main() {
	for i := 0; i < 10; i++ {
		check(i)
	}
	fmt.Println("never printed")
}

// Exit: 3
// Output:
// ok 0
// ok 1
// ok 2
// exiting at 3
