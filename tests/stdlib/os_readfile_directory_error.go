package main

import (
	"fmt"
	"os"
)

func main() {
	dir, _ := os.MkdirTemp("", "gosh-dir-*")
	defer os.Remove(dir)
	_, err := os.ReadFile(dir)
	pe := err.(*os.PathError)
	fmt.Println(pe.Op, pe.Path == dir, pe.Err)
	err = os.Mkdir(dir, 0755)
	fmt.Println(os.IsExist(err), err.(*os.PathError).Op, err.(*os.PathError).Err)
}

// Output:
// read true is a directory
// true mkdir file exists
