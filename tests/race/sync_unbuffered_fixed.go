// an unbuffered channel: fixed, no race

package main

import (
	"fmt"
)

func main() {
	x := 0
	ch := make(chan int)
	fin := make(chan int)
	go func() {
		x = 1
		ch <- 1
		fin <- 1
	}()
	go func() {
		<-ch
		x = 2
		fin <- 1
	}()
	<-fin
	<-fin
	fmt.Println("ok", x)
}
