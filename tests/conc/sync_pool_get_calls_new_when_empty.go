package main

import (
	"fmt"
	"sync"
)

func main() {
	created := 0
	p := sync.Pool{New: func() any {
		created++
		return fmt.Sprint("fresh ", created)
	}}
	fmt.Println(p.Get())
	fmt.Println(p.Get())
	var empty sync.Pool
	fmt.Println(empty.Get())
}

// Output:
// fresh 1
// fresh 2
// <nil>
