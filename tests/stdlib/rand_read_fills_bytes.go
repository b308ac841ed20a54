package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(5))
	b := make([]byte, 10)
	n, err := r.Read(b)
	fmt.Println(n, err, b)
	n, _ = r.Read(b[:3])
	fmt.Println(n, b[:3])
	r.Seed(5)
	c := make([]byte, 10)
	r.Read(c)
	fmt.Println(string(c) == string(b[:3])+string(c[3:]), c[0] == b[0])
}

// Output:
// 10 <nil> [192 9 19 224 42 99 228 207 83 45]
// 3 [155 44 226]
// false false
