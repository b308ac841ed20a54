package main

import (
	"context"
	"fmt"
)

type keyA int
type keyB int

func main() {
	ctx := context.WithValue(context.Background(), keyA(1), "from A")
	ctx = context.WithValue(ctx, keyB(1), "from B")
	fmt.Println(ctx.Value(keyA(1)))
	fmt.Println(ctx.Value(keyB(1)))
	fmt.Println(ctx.Value(1))
	v, ok := ctx.Value(keyA(1)).(string)
	fmt.Println(v, ok)
}

// Output:
// from A
// from B
// <nil>
// from A true
