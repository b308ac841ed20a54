package main

import (
	"context"
	"fmt"
)

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var parent context.Context
	context.WithCancel(parent)
}

// Output:
// recovered: cannot create context from nil parent
