package main

import (
	"context"
	"fmt"
)

func main() {
	err := context.DeadlineExceeded
	t, ok := err.(interface{ Timeout() bool })
	fmt.Println(ok, ok && t.Timeout())
	_, ok = context.Canceled.(interface{ Timeout() bool })
	fmt.Println(ok)
	fmt.Println(err)
}

// Output:
// true true
// false
// context deadline exceeded
