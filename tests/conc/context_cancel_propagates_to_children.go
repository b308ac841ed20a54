package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	parent, cancel := context.WithCancel(context.Background())
	child1, c1 := context.WithCancel(parent)
	defer c1()
	child2, c2 := context.WithTimeout(parent, time.Hour)
	defer c2()
	grandchild := context.WithValue(child1, "k", "v")
	cancel()
	for i, c := range []context.Context{parent, child1, child2, grandchild} {
		<-c.Done()
		fmt.Println(i, c.Err())
	}
}

// Output:
// 0 context canceled
// 1 context canceled
// 2 context canceled
// 3 context canceled
