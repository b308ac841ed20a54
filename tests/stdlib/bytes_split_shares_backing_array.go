package main

import (
	"bytes"
	"fmt"
)

func main() {
	data := []byte("a,b,c")
	parts := bytes.Split(data, []byte(","))
	fmt.Printf("%q\n", parts)
	parts[0][0] = 'A'
	fmt.Println(string(data))
	// each piece but the last ends its capacity at its length
	fmt.Println(cap(parts[0]), cap(parts[1]))
	parts[0] = append(parts[0], '!')
	fmt.Println(string(data))
	fmt.Printf("%q\n", bytes.SplitN([]byte("a,b,c"), []byte(","), 2))
	fmt.Printf("%q\n", bytes.SplitAfter([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.SplitAfterN([]byte("a,b,c"), []byte(","), 2))
	fmt.Printf("%q\n", bytes.Split([]byte("héllo"), nil))
	fmt.Println(bytes.SplitN([]byte("x"), []byte(","), 0) == nil)
}

// Output:
// ["a" "b" "c"]
// A,b,c
// 1 1
// A,b,c
// ["a" "b,c"]
// ["a," "b," "c"]
// ["a," "b,c"]
// ["h" "é" "l" "l" "o"]
// true
