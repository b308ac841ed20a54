// The standard logger writes to stderr with no prefix; its flags are
// changed through the package functions and Default returns it.
package main

import (
	"fmt"
	"log"
)

func main() {
	fmt.Println(log.Flags() == log.LstdFlags, log.Prefix() == "")
	log.SetFlags(0)
	log.SetPrefix("std: ")
	log.Print("one")
	log.Println("two", 2)
	log.Printf("three %q", "3")
	log.Default().Print("four")
	fmt.Println(log.Default().Prefix(), log.Default().Flags())
}

// Output:
// true true
// std:  0
// Stderr:
// std: one
// std: two 2
// std: three "3"
// std: four
