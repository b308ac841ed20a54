// an unbuffered channel: racy
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
		x = 1 // racy
		ch <- 1
		fin <- 1
	}()
	go func() {
		x = 2 // racy
		<-ch
		fin <- 1
	}()
	<-fin
	<-fin
	fmt.Println("ok")
}
