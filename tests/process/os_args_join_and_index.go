package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	args := os.Args[1:]
	fmt.Println(strings.Join(args, "+"))
	fmt.Println(args[0], args[len(args)-1])
	longest := ""
	for _, a := range args {
		if len(a) > len(longest) {
			longest = a
		}
	}
	fmt.Println("longest:", longest)
	fmt.Println(strings.ToUpper(args[1]))
}

// Args: one two three four
// Output:
// one+two+three+four
// one four
// longest: three
// TWO
