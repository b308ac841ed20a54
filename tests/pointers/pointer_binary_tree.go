package main

import "fmt"

type Tree struct {
	Val         int
	Left, Right *Tree
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func inorder(t *Tree, out []int) []int {
	if t == nil {
		return out
	}
	out = inorder(t.Left, out)
	out = append(out, t.Val)
	return inorder(t.Right, out)
}

func height(t *Tree) int {
	if t == nil {
		return 0
	}
	l, r := height(t.Left), height(t.Right)
	if l > r {
		return l + 1
	}
	return r + 1
}

func main() {
	var root *Tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35} {
		root = insert(root, v)
	}
	fmt.Println(inorder(root, nil))
	fmt.Println(height(root), root.Val, root.Left.Right.Left.Val)
	fmt.Println(root.Right.Left.Left == nil)
}

// Output:
// [20 30 35 40 50 60 70 80]
// 4 50 35
// true
