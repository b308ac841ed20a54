package main

import (
	"fmt"
	"strings"
)

func main() {
	p := strings.Split("abc", "")
	fmt.Printf("%q %d\n", p, len(p))
	p = strings.Split("héllo", "")
	fmt.Printf("%q %d\n", p, len(p))
	p = strings.Split("世界", "")
	fmt.Printf("%q %d\n", p, len(p))
	p = strings.Split("", "")
	fmt.Printf("%q %d\n", p, len(p))
	fmt.Println(p == nil)
}

// Output:
// ["a" "b" "c"] 3
// ["h" "é" "l" "l" "o"] 5
// ["世" "界"] 2
// [] 0
// false
