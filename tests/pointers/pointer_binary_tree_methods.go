package main

import "fmt"

type BST struct {
	root *node
	size int
}

type node struct {
	key         string
	left, right *node
}

func (b *BST) Insert(k string) bool {
	p := &b.root
	for *p != nil {
		switch {
		case k < (*p).key:
			p = &(*p).left
		case k > (*p).key:
			p = &(*p).right
		default:
			return false
		}
	}
	*p = &node{key: k}
	b.size++
	return true
}

func (b *BST) Has(k string) bool {
	n := b.root
	for n != nil && n.key != k {
		if k < n.key {
			n = n.left
		} else {
			n = n.right
		}
	}
	return n != nil
}

func main() {
	var t BST
	for _, w := range []string{"m", "c", "x", "a", "c", "e"} {
		fmt.Println(w, t.Insert(w))
	}
	fmt.Println(t.size, t.Has("e"), t.Has("z"))
	fmt.Println(t.root.left.right.key)
}

// Output:
// m true
// c true
// x true
// a true
// c false
// e true
// 5 true false
// e
