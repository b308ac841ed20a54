package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// a server loop that shuts down cleanly on SIGTERM
func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	ticks := 0
	go func() {
		time.Sleep(30 * time.Millisecond)
		syscall.Kill(os.Getpid(), syscall.SIGTERM)
	}()
	for {
		select {
		case <-ctx.Done():
			fmt.Println("shutting down:", ctx.Err(), ticks > 0)
			stop()
			ctx2, stop2 := signal.NotifyContext(context.Background(), os.Interrupt)
			stop2()
			fmt.Println(ctx2.Err())
			return
		case <-time.After(5 * time.Millisecond):
			ticks++
		}
	}
}

// Output:
// shutting down: context canceled true
// context canceled
