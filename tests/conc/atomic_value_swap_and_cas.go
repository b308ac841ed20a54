package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var v atomic.Value
	fmt.Println(v.Swap("first"))
	fmt.Println(v.Swap("second"))
	fmt.Println(v.CompareAndSwap("first", "third"), v.Load())
	fmt.Println(v.CompareAndSwap("second", "third"), v.Load())
	var w atomic.Value
	fmt.Println(w.CompareAndSwap(nil, 5), w.Load())
}

// Output:
// <nil>
// first
// false second
// true third
// true 5
