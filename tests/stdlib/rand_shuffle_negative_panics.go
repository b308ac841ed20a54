package main

import (
	"fmt"
	"math/rand"
)

func main() {
	fmt.Println("shuffling")
	rand.Shuffle(-1, func(i, j int) {})
}

// Output:
// shuffling
// Panic: invalid argument to Shuffle
