package main

import (
	"fmt"
	"os"
)

func main() {
	f, err := os.CreateTemp("", "gosh-append-*")
	if err != nil {
		fmt.Println(err)
		return
	}
	name := f.Name()
	defer os.Remove(name)
	f.WriteString("first\n")
	f.Close()
	g, err := os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0644)
	fmt.Println(err)
	g.WriteString("second\n")
	g.Close()
	b, _ := os.ReadFile(name)
	fmt.Print(string(b))
	_, err = os.OpenFile(name, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0644)
	fmt.Println(os.IsExist(err))
	r, _ := os.Open(name)
	_, err = r.Write([]byte("x"))
	fmt.Println(err.(*os.PathError).Op, err.(*os.PathError).Err)
	r.Close()
}

// Output:
// <nil>
// first
// second
// true
// write bad file descriptor
