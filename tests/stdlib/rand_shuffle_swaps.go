package main

import (
	"fmt"
	"math/rand"
	"strings"
)

func main() {
	r := rand.New(rand.NewSource(11))
	words := strings.Fields("ink runs from the corners of my mouth")
	r.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	fmt.Println(words)
	calls := 0
	r.Shuffle(1, func(i, j int) { calls++ })
	r.Shuffle(0, func(i, j int) { calls++ })
	fmt.Println(calls)
}

// Output:
// [the runs mouth my from corners of ink]
// 0
