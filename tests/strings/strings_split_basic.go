package main

import (
	"fmt"
	"strings"
)

func main() {
	p := strings.Split("a,b,c", ",")
	fmt.Println(p, len(p))
	p = strings.Split("a, b, c", ", ")
	fmt.Printf("%q\n", p)
	p = strings.Split("no-sep", ",")
	fmt.Printf("%q %d\n", p, len(p))
	p = strings.Split("a,,b", ",")
	fmt.Printf("%q %d\n", p, len(p))
	p = strings.Split("", ",")
	fmt.Printf("%q %d\n", p, len(p))
	p = strings.Split("aXXbXXc", "XX")
	fmt.Printf("%q\n", p)
}

// Output:
// [a b c] 3
// ["a" "b" "c"]
// ["no-sep"] 1
// ["a" "" "b"] 3
// [""] 1
// ["a" "b" "c"]
