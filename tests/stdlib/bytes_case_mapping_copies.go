package main

import (
	"bytes"
	"fmt"
)

func main() {
	src := []byte("Gopher ǆ straße")
	up := bytes.ToUpper(src)
	fmt.Printf("%s %s %s %s\n", up, bytes.ToLower(src), bytes.ToTitle(src), bytes.Title([]byte("hello wide world")))
	same := bytes.ToLower([]byte("already"))
	same[0] = 'A'
	fmt.Println(string(same))
	fmt.Println(bytes.ToUpper(nil) == nil, len(bytes.ToUpper(nil)))
}

// Output:
// GOPHER Ǆ STRAßE gopher ǆ straße GOPHER ǅ STRAßE Hello Wide World
// Already
// false 0
