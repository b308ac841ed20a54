package main

import "fmt"

type Tree struct {
	L, R *Tree
	V    int
}

func what(v interface{}) string {
	switch t := v.(type) {
	case nil:
		return "nil interface"
	case *Tree:
		if t == nil {
			return "nil *Tree"
		}
		return fmt.Sprint("tree ", t.V)
	}
	return "other"
}

func main() {
	var t *Tree
	fmt.Println(what(t))
	fmt.Println(what(nil))
	fmt.Println(what(&Tree{V: 4}))
	root := &Tree{V: 1, L: &Tree{V: 2}}
	fmt.Println(what(root.L), what(root.R))
}

// Output:
// nil *Tree
// nil interface
// tree 4
// tree 2 nil *Tree
