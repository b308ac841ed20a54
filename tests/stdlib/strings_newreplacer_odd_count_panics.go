package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println("start")
	strings.NewReplacer("a", "b", "c")
}

// Output:
// start
// Panic: strings.NewReplacer: odd argument count
