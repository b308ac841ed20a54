package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var x int64 = 1 << 40
	fmt.Println(atomic.AddInt64(&x, 5))
	fmt.Println(atomic.AddInt64(&x, -(1 << 41)))
	fmt.Println(x)
	var m int64 = 9223372036854775807
	fmt.Println(atomic.AddInt64(&m, 1))
}

// Output:
// 1099511627781
// -1099511627771
// -1099511627771
// -9223372036854775808
