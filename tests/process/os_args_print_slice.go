package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args))
	fmt.Println(os.Args[1:])
	fmt.Printf("%q\n", os.Args[1:])
	for i, a := range os.Args[1:] {
		fmt.Println(i, a, len(a))
	}
}

// Args: a b c
// Output:
// 4
// [a b c]
// ["a" "b" "c"]
// 0 a 1
// 1 b 1
// 2 c 1
