package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

func main() {
	r := bufio.NewReader(os.Stdin)
	for {
		line, err := r.ReadString('\n')
		if line != "" {
			fmt.Printf("%q\n", line)
		}
		if err == io.EOF {
			break
		}
	}
}

// Output:
// "alpha\n"
// "beta\n"
// Stdin:
// alpha
// beta
