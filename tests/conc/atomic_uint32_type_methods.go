package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var u atomic.Uint32
	u.Store(4294967295)
	fmt.Println(u.Add(1))
	fmt.Println(u.Add(^uint32(0)))
	fmt.Println(u.Swap(7), u.Load())
	fmt.Println(u.CompareAndSwap(7, 8), u.CompareAndSwap(7, 9), u.Load())
}

// Output:
// 0
// 4294967295
// 4294967295 7
// true false 8
