package main

import "fmt"

type Reader interface{ Read() string }
type Closer interface{ Close() error }
type ReadCloser interface {
	Reader
	Closer
}

type File struct {
	name   string
	closed bool
}

func (f *File) Read() string {
	if f.closed {
		return "closed!"
	}
	return "data from " + f.name
}

func (f *File) Close() error {
	f.closed = true
	return nil
}

func main() {
	var rc ReadCloser = &File{name: "a.txt"}
	var r Reader = rc
	var c Closer = rc
	fmt.Println(r.Read())
	fmt.Println(c.Close())
	fmt.Println(r.Read())
	back, ok := r.(ReadCloser)
	fmt.Println(ok, back.Read())
	fmt.Printf("%T %T %T\n", rc, r, c)
}

// Output:
// data from a.txt
// <nil>
// closed!
// true closed!
// *main.File *main.File *main.File
