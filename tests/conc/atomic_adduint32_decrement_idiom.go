package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var u uint32 = 10
	fmt.Println(atomic.AddUint32(&u, ^uint32(0)))
	fmt.Println(atomic.AddUint32(&u, ^uint32(3-1)))
	var z uint32
	fmt.Println(atomic.AddUint32(&z, ^uint32(0)))
	fmt.Println(atomic.AddUint32(&z, 2))
}

// Output:
// 9
// 6
// 4294967295
// 1
