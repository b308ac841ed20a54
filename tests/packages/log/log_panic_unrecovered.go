// An unrecovered log.Panic ends the program like any panic, after the
// line has been logged.
package main

import (
	"log"
	"os"
)

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Panic("boom")
}

// Output:
// boom
// Panic: boom
