package main

import "fmt"

type Tree struct {
	Val      int
	Children []*Tree
}

func (t *Tree) Sum() int {
	s := t.Val
	for _, c := range t.Children {
		s += c.Sum()
	}
	return s
}

func (t *Tree) Depth() int {
	d := 0
	for _, c := range t.Children {
		if cd := c.Depth(); cd > d {
			d = cd
		}
	}
	return d + 1
}

func (t *Tree) Add(v int) *Tree {
	c := &Tree{Val: v}
	t.Children = append(t.Children, c)
	return c
}

func main() {
	root := &Tree{Val: 1}
	a := root.Add(2)
	root.Add(3)
	a.Add(4).Add(5)
	fmt.Println(root.Sum(), root.Depth())
	fmt.Println(a.Sum(), a.Depth())
	fmt.Println(len(root.Children), root.Children[1].Depth())
}

// Output:
// 15 4
// 11 3
// 2 1
