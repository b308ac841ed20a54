package main

import (
	"fmt"
	"math"
	"math/rand"
)

// Only properties are printed: gosh draws these with other methods than Go.
func main() {
	r := rand.New(rand.NewSource(8))
	const n = 20000
	sum, sq, expSum := 0.0, 0.0, 0.0
	neg := false
	for i := 0; i < n; i++ {
		x := r.NormFloat64()
		sum += x
		sq += x * x
		e := r.ExpFloat64()
		if e < 0 {
			neg = true
		}
		expSum += e
	}
	mean, sd := sum/n, math.Sqrt(sq/n)
	fmt.Println(math.Abs(mean) < 0.05, math.Abs(sd-1) < 0.05, !neg, math.Abs(expSum/n-1) < 0.05)
}

// Output:
// true true true true
