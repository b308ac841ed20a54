// Fatalf logs the message and exits with status 1, running no deferred
// calls.
package main

import (
	"fmt"
	"log"
)

func main() {
	defer fmt.Println("not printed")
	log.SetFlags(0)
	fmt.Println("before")
	log.Fatalf("fatal: %d", 42)
	fmt.Println("not reached")
}

// Output:
// before
// Stderr:
// fatal: 42
// Exit: 1
