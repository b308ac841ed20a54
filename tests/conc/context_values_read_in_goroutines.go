package main

import (
	"context"
	"fmt"
	"sync"
)

type ctxKey int

const requestID ctxKey = 0

func handle(ctx context.Context, wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	id, _ := ctx.Value(requestID).(string)
	out <- "handled " + id
}

func main() {
	var wg sync.WaitGroup
	out := make(chan string, 3)
	for _, id := range []string{"r1", "r2", "r3"} {
		ctx := context.WithValue(context.Background(), requestID, id)
		wg.Add(1)
		go handle(ctx, &wg, out)
	}
	wg.Wait()
	close(out)
	for s := range out {
		fmt.Println(s)
	}
}

// Unordered output:
// handled r3
// handled r1
// handled r2
