package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var a int32 = 5
	fmt.Println(atomic.CompareAndSwapInt32(&a, 5, 6), a)
	fmt.Println(atomic.CompareAndSwapInt32(&a, 5, 7), a)
	var b int64 = -1
	fmt.Println(atomic.CompareAndSwapInt64(&b, -1, 1<<40), b)
	fmt.Println(atomic.CompareAndSwapInt64(&b, -1, 0), b)
	var c uint32
	fmt.Println(atomic.CompareAndSwapUint32(&c, 0, 1), c)
	fmt.Println(atomic.CompareAndSwapUint32(&c, 0, 2), c)
	var d uint64 = 1 << 63
	fmt.Println(atomic.CompareAndSwapUint64(&d, 1<<63, 1), d)
	fmt.Println(atomic.CompareAndSwapUint64(&d, 1<<63, 2), d)
}

// Output:
// true 6
// false 6
// true 1099511627776
// false 1099511627776
// true 1
// false 1
// true 1
// false 1
