// A Logger's Fatalln writes to the logger's own writer before exiting 1.
package main

import (
	"log"
	"os"
)

func main() {
	l := log.New(os.Stdout, "L ", 0)
	l.Fatalln("gone", 1)
}

// Output:
// L gone 1
// Exit: 1
