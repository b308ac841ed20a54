package main

import (
	"fmt"
	"math/rand"
)

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	try(func() { rand.Intn(0) })
	try(func() { rand.Int31n(-1) })
	try(func() { rand.New(rand.NewSource(1)).Int63n(0) })
	rand.Intn(-5)
}

// Output:
// recovered: invalid argument to Intn
// recovered: invalid argument to Int31n
// recovered: invalid argument to Int63n
// Panic: invalid argument to Intn
