package main

import (
	"context"
	"fmt"
)

type key string

func main() {
	ctx := context.WithValue(context.Background(), key("user"), "ann")
	ctx = context.WithValue(ctx, key("request"), 42)
	ctx = context.WithValue(ctx, key("user"), "bob")
	fmt.Println(ctx.Value(key("user")))
	fmt.Println(ctx.Value(key("request")))
	fmt.Println(ctx.Value(key("missing")))
	fmt.Println(ctx.Value("user"))
	cctx, cancel := context.WithCancel(ctx)
	defer cancel()
	fmt.Println("through cancel ctx:", cctx.Value(key("request")))
}

// Output:
// bob
// 42
// <nil>
// <nil>
// through cancel ctx: 42
