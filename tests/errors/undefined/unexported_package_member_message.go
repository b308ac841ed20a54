package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.indexFunc)
}

// Error:
// 9:22: undefined: strings.indexFunc
