package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	fmt.Print("reading... ")
	data, err := io.ReadAll(os.Stdin)
	fmt.Println(err)
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	for i, l := range lines {
		fmt.Printf("%d: %s\n", i+1, strings.ToUpper(l))
	}
	n, err := os.Stdin.Read(make([]byte, 4))
	fmt.Println(n, err)
}

// Stdin:
// first line
// second line
// third

// Output:
// reading... <nil>
// 1: FIRST LINE
// 2: SECOND LINE
// 3: THIRD
// 0 EOF
