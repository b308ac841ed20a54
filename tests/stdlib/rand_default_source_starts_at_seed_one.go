package main

import (
	"fmt"
	"math/rand"
)

// Go 1.19's default source is seeded with 1 until Seed is called.
func main() {
	fmt.Println(rand.Int63(), rand.Intn(100), rand.Float64())
	r := rand.New(rand.NewSource(1))
	r.Int63()
	fmt.Println(r.Intn(100) == rand.New(rand.NewSource(1)).Intn(100))
}

// Output:
// 5577006791947779410 87 0.6645600532184904
// false
