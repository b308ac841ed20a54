package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("before exit")
	fmt.Print("no newline yet")
	fmt.Println()
	fmt.Printf("%d items\n", 3)
	os.Exit(3)
	fmt.Println("never printed")
}

// Exit: 3
// Output:
// before exit
// no newline yet
// 3 items
