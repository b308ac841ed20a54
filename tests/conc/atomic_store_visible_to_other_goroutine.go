package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func main() {
	var ready int32
	var data int64
	go func() {
		atomic.StoreInt64(&data, 12345)
		atomic.StoreInt32(&ready, 1)
	}()
	for atomic.LoadInt32(&ready) == 0 {
		runtime.Gosched()
	}
	fmt.Println(atomic.LoadInt64(&data))
}

// Output:
// 12345
