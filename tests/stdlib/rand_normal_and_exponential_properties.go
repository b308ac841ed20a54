package main

import (
	"fmt"
	"math"
	"math/rand"
)

// Go's sequences for a seed, and the properties of the distributions.
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
	fmt.Println(r.NormFloat64(), r.ExpFloat64())
	rand.Seed(3)
	fmt.Println(rand.NormFloat64(), rand.ExpFloat64())
}

// Output:
// true true true true
// 0.91272913915622 0.5636202355684721
// -0.8585823364203016 3.031138328412127
