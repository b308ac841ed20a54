package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	parent, cancel := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer cancel()
	child, cancelChild := context.WithCancel(parent)
	defer cancelChild()
	<-child.Done()
	fmt.Println("child:", child.Err())
	fmt.Println("parent:", parent.Err())
}

// Output:
// child: context deadline exceeded
// parent: context deadline exceeded
