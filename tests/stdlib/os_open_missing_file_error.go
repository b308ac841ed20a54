package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

func main() {
	f, err := os.Open("/no/such/dir/notes.txt")
	fmt.Println(f == nil, err)
	fmt.Printf("%T\n", err)
	fmt.Println(os.IsNotExist(err), os.IsExist(err), os.IsPermission(err))
	fmt.Println(errors.Is(err, os.ErrNotExist), errors.Is(err, fs.ErrNotExist))
	fmt.Println(os.ErrNotExist == fs.ErrNotExist, os.ErrNotExist)
}

// Output:
// true open /no/such/dir/notes.txt: no such file or directory
// *fs.PathError
// true false false
// true true
// true file does not exist
