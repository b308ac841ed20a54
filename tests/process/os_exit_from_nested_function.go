package main

import (
	"fmt"
	"os"
)

func check(n int) {
	if n > 2 {
		fmt.Println("too big:", n)
		os.Exit(4)
	}
	fmt.Println("ok:", n)
}

func main() {
	for i := 0; i < 10; i++ {
		check(i)
	}
	fmt.Println("unreachable")
}

// Exit: 4
// Output:
// ok: 0
// ok: 1
// ok: 2
// too big: 3
