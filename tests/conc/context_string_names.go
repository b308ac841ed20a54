package main

import (
	"context"
	"fmt"
)

func main() {
	fmt.Println(context.Background())
	fmt.Println(context.TODO())
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	fmt.Println(ctx)
}

// Output:
// context.Background
// context.TODO
// context.Background.WithCancel
