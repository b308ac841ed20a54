// a select that sends: the send happens before the receive completes
// Race at: x

package main

import (
	"fmt"
)

func main() {
	x := 0
	_ = &x // a use, not an access
	ch := make(chan int)
	fin := make(chan bool)
	go func() {
		x = 1 // racy
		select {
		case ch <- 1:
		}
		fin <- true
	}()
	go func() {
		x = 2 // racy
		<-ch
		fin <- true
	}()
	<-fin
	<-fin
	fmt.Println("ok")
}
