package main

import "fmt"

type Stringer interface{ String() string }
type Sizer interface{ Size() int }

type File struct {
	name string
	size int
}

func (f File) String() string { return "file:" + f.name }
func (f File) Size() int      { return f.size }

func main() {
	var x interface{} = File{"a.txt", 120}
	s := x.(Stringer)
	fmt.Println(s.String())
	z := s.(Sizer)
	fmt.Println(z.Size())
	fmt.Printf("%T %T\n", s, z)
	f := z.(File)
	fmt.Println(f.name, f.size)
	var e interface{} = z
	fmt.Println(e.(Stringer).String(), e.(Sizer).Size()*2)
}

// Output:
// file:a.txt
// 120
// main.File main.File
// a.txt 120
// file:a.txt 240
