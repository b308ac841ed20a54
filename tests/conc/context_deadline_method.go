package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	_, ok := context.Background().Deadline()
	fmt.Println("background has deadline:", ok)
	ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
	defer cancel()
	dl, ok := ctx.Deadline()
	left := time.Until(dl)
	fmt.Println("timeout ctx has deadline:", ok)
	fmt.Println("about an hour left:", left > 59*time.Minute && left <= time.Hour)
	child, cc := context.WithCancel(ctx)
	defer cc()
	cdl, ok := child.Deadline()
	fmt.Println("child inherits deadline:", ok, cdl.Equal(dl))
	later, lc := context.WithTimeout(ctx, 2*time.Hour)
	defer lc()
	ldl, _ := later.Deadline()
	fmt.Println("later timeout keeps parent's earlier deadline:", ldl.Equal(dl))
}

// Output:
// background has deadline: false
// timeout ctx has deadline: true
// about an hour left: true
// child inherits deadline: true true
// later timeout keeps parent's earlier deadline: true
