package main

import (
	"fmt"
	"math/rand"
)

// counter is a (poor) Source: it counts up.
type counter struct{ n int64 }

func (c *counter) Int63() int64    { c.n += 1 << 40; return c.n }
func (c *counter) Seed(seed int64) { c.n = seed }

func main() {
	r := rand.New(&counter{})
	fmt.Println(r.Int63(), r.Int31(), r.Uint32(), r.Uint64())
	fmt.Println(r.Intn(100), r.Float64())
	r.Seed(0)
	fmt.Println(r.Int63())
	var s rand.Source = rand.NewSource(1)
	_, is64 := s.(rand.Source64)
	fmt.Println(is64)
}

// Output:
// 1099511627776 512 1536 2048
// 36 8.344650268554688e-07
// 1099511627776
// true
