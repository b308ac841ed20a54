package main

import (
	"context"
	"fmt"
)

func main() {
	for _, ctx := range []context.Context{context.Background(), context.TODO()} {
		fmt.Println(ctx, ctx.Done() == nil, ctx.Err())
		_, ok := ctx.Deadline()
		fmt.Println("deadline:", ok)
		select {
		case <-ctx.Done():
			fmt.Println("done?")
		default:
			fmt.Println("never done")
		}
	}
}

// Output:
// context.Background true <nil>
// deadline: false
// never done
// context.TODO true <nil>
// deadline: false
// never done
