package main

import (
	"errors"
	"fmt"
	"os"
)

func main() {
	_, err := os.Open("/nonexistent-dir-gosh/file.txt")
	if err != nil {
		fmt.Println(err)
		fmt.Printf("%T\n", err)
		fmt.Println(errors.Is(err, os.ErrNotExist))
		var pe *os.PathError
		if errors.As(err, &pe) {
			fmt.Println(pe.Op, pe.Path)
			fmt.Println(pe.Err)
		}
	}
	wrapped := fmt.Errorf("loading: %w", err)
	fmt.Println(errors.Is(wrapped, os.ErrNotExist), errors.Is(wrapped, os.ErrExist))
}

// Output:
// open /nonexistent-dir-gosh/file.txt: no such file or directory
// *fs.PathError
// true
// open /nonexistent-dir-gosh/file.txt
// no such file or directory
// true false
