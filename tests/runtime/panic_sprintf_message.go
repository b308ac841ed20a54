package main

import "fmt"

func main() {
	user, n := "ann", 3
	panic(fmt.Sprintf("user %s: %d failures", user, n))
}

// Panic: user ann: 3 failures
