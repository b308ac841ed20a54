package main

import (
	"context"
	"fmt"
)

func main() {
	fmt.Println("adding a nil key")
	context.WithValue(context.Background(), nil, "v")
}

// Output:
// adding a nil key
// Panic: nil key
