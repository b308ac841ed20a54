package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	fmt.Println("before:", ctx.Err())
	cancel()
	fmt.Println("after:", ctx.Err())
	fmt.Println("is Canceled:", ctx.Err() == context.Canceled)
	fmt.Println(context.Canceled.Error())
}

// Output:
// before: <nil>
// after: context canceled
// is Canceled: true
// context canceled
