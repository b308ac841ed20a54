// an unbuffered receive happens before its send completes: racy
// Race at: x

package main

import (
	"fmt"
)

func main() {
	x := 0
	_ = &x // a use, not an access
	ch := make(chan int)
	fin := make(chan int)
	go func() {
		ch <- 1
		x = 1 // racy
		fin <- 1
	}()
	go func() {
		<-ch
		x = 2 // racy
		fin <- 1
	}()
	<-fin
	<-fin
	fmt.Println("ok")
}
