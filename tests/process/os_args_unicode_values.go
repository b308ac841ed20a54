package main

import (
	"fmt"
	"os"
)

func main() {
	args := os.Args[1:]
	fmt.Println(len(args))
	for _, a := range args {
		fmt.Println(a, len(a), len([]rune(a)))
	}
	fmt.Printf("%q\n", args)
}

// Args: héllo 世界 x 😀
// Output:
// 4
// héllo 6 5
// 世界 6 2
// x 1 1
// 😀 4 1
// ["héllo" "世界" "x" "😀"]
