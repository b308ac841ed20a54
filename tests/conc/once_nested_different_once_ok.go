package main

import (
	"fmt"
	"sync"
)

func main() {
	var outer, inner sync.Once
	outer.Do(func() {
		fmt.Println("outer")
		inner.Do(func() { fmt.Println("inner") })
	})
	inner.Do(func() { fmt.Println("inner again") })
	fmt.Println("done")
}

// Output:
// outer
// inner
// done
