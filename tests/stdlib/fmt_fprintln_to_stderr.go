package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("out 1")
	fmt.Fprintln(os.Stderr, "err 1")
	fmt.Fprintf(os.Stderr, "err %d\n", 2)
	os.Stderr.WriteString("err 3\n")
	fmt.Println("out 2")
}

// Output:
// out 1
// out 2
// Stderr:
// err 1
// err 2
// err 3
