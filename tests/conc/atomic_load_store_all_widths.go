package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var a int32
	var b int64
	var c uint32
	var d uint64
	atomic.StoreInt32(&a, -7)
	atomic.StoreInt64(&b, -1<<50)
	atomic.StoreUint32(&c, 4000000000)
	atomic.StoreUint64(&d, 18000000000000000000)
	fmt.Println(atomic.LoadInt32(&a), atomic.LoadInt64(&b), atomic.LoadUint32(&c), atomic.LoadUint64(&d))
	fmt.Println(a, b, c, d)
}

// Output:
// -7 -1125899906842624 4000000000 18000000000000000000
// -7 -1125899906842624 4000000000 18000000000000000000
