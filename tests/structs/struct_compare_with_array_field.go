package main

import "fmt"

type Sig struct {
	Name  string
	Bytes [4]byte
}

func main() {
	a := Sig{"x", [4]byte{1, 2, 3, 4}}
	b := Sig{"x", [4]byte{1, 2, 3, 4}}
	fmt.Println(a == b)
	b.Bytes[3] = 5
	fmt.Println(a == b, a != b)
	seen := map[Sig]int{}
	seen[a]++
	seen[b]++
	seen[Sig{"x", [4]byte{1, 2, 3, 4}}]++
	fmt.Println(len(seen), seen[a], seen[b])
	fmt.Println(seen)
}

// Output:
// true
// false true
// 2 2 1
// map[{x [1 2 3 4]}:2 {x [1 2 3 5]}:1]
