package main

import "fmt"

type Node struct {
	ID   int
	Name string
}

func (n *Node) String() string { return fmt.Sprintf("Node#%d(%s)", n.ID, n.Name) }

func main() {
	n := Node{1, "root"}
	fmt.Println(n)
	fmt.Println(&n)
	fmt.Printf("%v %+v\n", n, n)
	fmt.Printf("%v %+v\n", &n, &n)
	fmt.Println([]Node{n}, []*Node{&n})
	fmt.Println(n.String())
}

// Output:
// {1 root}
// Node#1(root)
// {1 root} {ID:1 Name:root}
// Node#1(root) Node#1(root)
// [{1 root}] [Node#1(root)]
// Node#1(root)
