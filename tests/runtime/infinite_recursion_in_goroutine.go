package main

import "fmt"

type node struct{ next *node }

func (n *node) length() int {
	return 1 + n.next.length()
}

func main() {
	n := &node{}
	n.next = n
	done := make(chan int)
	go func() { done <- n.length() }()
	fmt.Println(<-done)
}

// Fatal: stack overflow
