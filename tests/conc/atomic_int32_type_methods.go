package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var x atomic.Int32
	fmt.Println(x.Load())
	x.Store(10)
	fmt.Println(x.Add(5), x.Add(-20))
	fmt.Println(x.Swap(100))
	fmt.Println(x.CompareAndSwap(99, 1), x.Load())
	fmt.Println(x.CompareAndSwap(100, 1), x.Load())
}

// Output:
// 0
// 15 -5
// -5
// false 100
// true 1
