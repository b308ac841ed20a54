package main

type Reader interface {
	Read() string
}

type File struct{}

func (f File) Read() int { return 0 }

func main() {
	readers := []Reader{File{}}
	println(len(readers))
}

// Error:
// 12:22: cannot use File{} (value of type File) as type Reader in array or slice literal:
// 	File does not implement Reader (wrong type for Read method)
// 		have Read() int
// 		want Read() string
