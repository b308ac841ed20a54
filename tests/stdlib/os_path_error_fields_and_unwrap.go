package main

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

func main() {
	_, err := os.ReadFile("/missing-gosh-config.json")
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Printf("op=%s path=%s err=%v\n", pe.Op, pe.Path, pe.Err)
		fmt.Printf("%T %T\n", pe, pe.Err)
	}
	var errno syscall.Errno
	fmt.Println(errors.As(err, &errno), errno == syscall.ENOENT, int(errno))
	fmt.Println(errors.Unwrap(err) == syscall.ENOENT)
	wrapped := fmt.Errorf("load settings: %w", err)
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, os.ErrNotExist), errors.Is(wrapped, os.ErrPermission))
}

// Output:
// op=open path=/missing-gosh-config.json err=no such file or directory
// *fs.PathError syscall.Errno
// true true 2
// true
// load settings: open /missing-gosh-config.json: no such file or directory
// true false
