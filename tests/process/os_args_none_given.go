package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args))
	rest := os.Args[1:]
	fmt.Println(rest, len(rest), rest == nil)
	if len(os.Args) < 2 {
		fmt.Println("usage: prog NAME")
	}
	fmt.Printf("%T\n", os.Args)
}

// Output:
// 1
// [] 0 false
// usage: prog NAME
// []string
