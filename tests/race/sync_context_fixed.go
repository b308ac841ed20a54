// context cancellation: cancel happens before Done is seen closed: no race

package main

import (
	"context"
	"fmt"
)

func main() {
	result := 0
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		result = 42
		cancel()
	}()
	<-ctx.Done()
	fmt.Println(result, ctx.Err())
}
