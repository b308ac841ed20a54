package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(2024))
	ok := true
	seen := map[int]bool{}
	for i := 0; i < 10000; i++ {
		n := r.Intn(6)
		seen[n] = true
		f := r.Float64()
		g := r.Float32()
		k := r.Int31n(3)
		m := r.Int63n(1000000007)
		if n < 0 || n >= 6 || f < 0 || f >= 1 || g < 0 || g >= 1 || k < 0 || k >= 3 || m < 0 || m >= 1000000007 {
			ok = false
		}
	}
	fmt.Println(ok, len(seen))
}

// Output:
// true 6
