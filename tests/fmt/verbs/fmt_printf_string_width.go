package main

import "fmt"

func main() {
	fmt.Printf("[%10s]\n", "right")
	fmt.Printf("[%-10s]\n", "left")
	fmt.Printf("[%3s]\n", "toolong")
	fmt.Printf("[%5s]\n", "é世")
	fmt.Printf("[%-4s|%4s]\n", "", "")
	fmt.Printf("[%s]\n", "")
	fmt.Printf("[%s %s]\n", "a", "b")
	for _, w := range []string{"a", "bb", "ccc"} {
		fmt.Printf("%-5s|%5s|\n", w, w)
	}
}

// Output:
// [     right]
// [left      ]
// [toolong]
// [   é世]
// [    |    ]
// []
// [a b]
// a    |    a|
// bb   |   bb|
// ccc  |  ccc|
