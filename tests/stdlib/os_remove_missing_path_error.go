package main

import (
	"fmt"
	"os"
)

func main() {
	err := os.Remove("/no/such/gosh/file")
	fmt.Println(err)
	fmt.Println(os.IsNotExist(err))
	fmt.Println(os.RemoveAll("/no/such/gosh/dir"))
	dir, _ := os.MkdirTemp("", "gosh-rm-*")
	os.WriteFile(dir+"/f", []byte("x"), 0600)
	err = os.Remove(dir)
	fmt.Println(err.(*os.PathError).Err)
	fmt.Println(os.Remove(dir+"/f"), os.Remove(dir))
	_, err = os.Stat(dir)
	fmt.Println(os.IsNotExist(err))
}

// Output:
// remove /no/such/gosh/file: no such file or directory
// true
// <nil>
// directory not empty
// <nil> <nil>
// true
