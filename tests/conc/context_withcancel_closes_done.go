package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	select {
	case <-ctx.Done():
		fmt.Println("done too early")
	default:
		fmt.Println("not done yet")
	}
	cancel()
	<-ctx.Done()
	fmt.Println("done after cancel")
	_, ok := <-ctx.Done()
	fmt.Println("done channel closed:", !ok)
}

// Output:
// not done yet
// done after cancel
// done channel closed: true
