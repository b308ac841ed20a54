// lostcancel: a context's cancel function that some path to a return
// never calls (the timer and the context live on until the parent is
// cancelled), and one thrown away with _.
package main

import (
	"context"
	"fmt"
	"time"
)

func fetch(id int) error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	if id < 0 {
		return fmt.Errorf("bad id %d", id)
	}
	defer cancel()
	<-ctx.Done()
	return ctx.Err()
}

func watch(stop chan bool) {
	var ctx, cancel = context.WithCancel(context.Background())
	go func() {
		<-ctx.Done()
	}()
	if <-stop {
		cancel()
	}
}

func quick() context.Context {
	ctx, _ := context.WithDeadline(context.Background(), time.Now())
	return ctx
}

func main() {
	fmt.Println(fetch(-1))
	stop := make(chan bool, 1)
	stop <- true
	watch(stop)
	fmt.Println(quick().Err())
}

// Vet:
// lostcancel_leak.go:13:2: the cancel function is not used on all paths (possible context leak)
// lostcancel_leak.go:15:3: this return statement may be reached without using the cancel var defined on line 13
// lostcancel_leak.go:23:6: the cancel function is not used on all paths (possible context leak)
// lostcancel_leak.go:30:1: this return statement may be reached without using the cancel var defined on line 23
// lostcancel_leak.go:33:7: the cancel function returned by context.WithDeadline should be called, not discarded, to avoid a context leak
