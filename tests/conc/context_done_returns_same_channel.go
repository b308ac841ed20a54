package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	d1 := ctx.Done()
	d2 := ctx.Done()
	fmt.Println("same channel:", d1 == d2)
	fmt.Printf("%T\n", d1)
	cancel()
	fmt.Println("still same after cancel:", ctx.Done() == d1)
}

// Output:
// same channel: true
// <-chan struct {}
// still same after cancel: true
