package main

import (
	"fmt"
	"strings"
)

func main() {
	p := strings.Split("a世b世c", "世")
	fmt.Printf("%q %d\n", p, len(p))
	p = strings.Split("é,é", ",")
	fmt.Printf("%q\n", p)
	p = strings.Split("x→y→→z", "→")
	fmt.Printf("%q %d\n", p, len(p))
	fmt.Println(strings.Join(p, "|"))
	fmt.Println(strings.Contains("x→y", "→"), len("→"))
}

// Output:
// ["a" "b" "c"] 3
// ["é" "é"]
// ["x" "y" "" "z"] 4
// x|y||z
// true 3
