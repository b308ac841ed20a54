// Panic logs the message and panics with it as a string; Panicln's
// value keeps Sprintln's newline.
package main

import (
	"fmt"
	"log"
	"os"
)

func try(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("recovered %q (%T)\n", r, r)
	}()
	f()
}

func main() {
	l := log.New(os.Stdout, "", 0)
	try(func() { l.Panic("a", 1) })
	try(func() { l.Panicf("b%d", 2) })
	try(func() { l.Panicln("c", 3) })
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	try(func() { log.Panicf("pkg %s", "level") })
}

// Output:
// a1
// recovered "a1" (string)
// b2
// recovered "b2" (string)
// c 3
// recovered "c 3\n" (string)
// pkg level
// recovered "pkg level" (string)
