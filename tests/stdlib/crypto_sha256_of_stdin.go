package main

import (
	"crypto/sha256"
	"fmt"
	"io"
	"os"
)

// a sha256sum of standard input
func main() {
	h := sha256.New()
	n, err := io.Copy(h, os.Stdin)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%x  -  (%d bytes)\n", h.Sum(nil), n)
}

// Stdin:
// line one
// line two

// Output:
// e9024f1a07d29d52ad3aa5e1a18e94db1f3a9fd32b89e39d47c472cd99071e13  -  (18 bytes)
