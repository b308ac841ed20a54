// a select's receive orders like a receive: racy
// Race at: x

package main

import (
	"fmt"
)

func main() {
	x := 0
	_ = &x // a use, not an access
	a := make(chan int)
	b := make(chan int)
	fin := make(chan bool)
	go func() {
		x = 1 // racy
		a <- 1
		fin <- true
	}()
	go func() {
		x = 2 // racy
		b <- 1
		fin <- true
	}()
	for i := 0; i < 2; i++ {
		select {
		case <-a:
		case <-b:
		}
	}
	<-fin
	<-fin
	fmt.Println("ok")
}
