package main

import (
	"context"
	"fmt"
)

func main() {
	parent, cancelParent := context.WithCancel(context.Background())
	defer cancelParent()
	child, cancelChild := context.WithCancel(parent)
	sibling, cancelSibling := context.WithCancel(parent)
	defer cancelSibling()
	cancelChild()
	fmt.Println("child:", child.Err())
	fmt.Println("parent:", parent.Err())
	fmt.Println("sibling:", sibling.Err())
}

// Output:
// child: context canceled
// parent: <nil>
// sibling: <nil>
