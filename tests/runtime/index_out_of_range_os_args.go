package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(os.Args[1])
}

// Panic: runtime error: index out of range [1] with length 1
