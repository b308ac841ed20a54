package main

import (
	"fmt"
	"sync/atomic"
)

func store(v *atomic.Value, x any) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	v.Store(x)
	fmt.Println("stored", x)
}

func main() {
	var v atomic.Value
	store(&v, nil)
	store(&v, 1)
	store(&v, nil)
	fmt.Println(v.Load())
}

// Output:
// recovered: sync/atomic: store of nil value into Value
// stored 1
// recovered: sync/atomic: store of nil value into Value
// 1
