// time.Sleep orders nothing: racy
// Race at: x

package main

import (
	"fmt"
	"time"
)

func main() {
	x := 0
	_ = &x // a use, not an access
	go func() {
		x = 1 // racy
	}()
	time.Sleep(20 * time.Millisecond)
	x = 2 // racy
	time.Sleep(20 * time.Millisecond)
	fmt.Println("ok")
}
