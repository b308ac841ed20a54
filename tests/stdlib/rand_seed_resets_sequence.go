package main

import (
	"fmt"
	"math/rand"
)

func main() {
	rand.Seed(7)
	a := []int{rand.Intn(1000), rand.Intn(1000), rand.Intn(1000)}
	rand.Seed(7)
	b := []int{rand.Intn(1000), rand.Intn(1000), rand.Intn(1000)}
	fmt.Println(a, b)
	src := rand.NewSource(99)
	x := src.Int63()
	src.Seed(99)
	fmt.Println(x == src.Int63())
	// seed 0 is treated like Go's fixed fallback seed
	fmt.Println(rand.New(rand.NewSource(0)).Int63() == rand.New(rand.NewSource(89482311)).Int63())
}

// Output:
// [886 870 853] [886 870 853]
// true
// true
