package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var a int32 = 1
	var b int64 = 2
	var c uint32 = 3
	var d uint64 = 4
	fmt.Println(atomic.SwapInt32(&a, -1), a)
	fmt.Println(atomic.SwapInt64(&b, -2), b)
	fmt.Println(atomic.SwapUint32(&c, 30), c)
	fmt.Println(atomic.SwapUint64(&d, 40), d)
}

// Output:
// 1 -1
// 2 -2
// 3 30
// 4 40
