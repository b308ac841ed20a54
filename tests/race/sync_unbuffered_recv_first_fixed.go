// an unbuffered receive happens before its send completes: fixed, no race

package main

import (
	"fmt"
)

func main() {
	x := 0
	ch := make(chan int)
	fin := make(chan int)
	go func() {
		ch <- 1
		x = 1
		fin <- 1
	}()
	go func() {
		x = 2
		<-ch
		fin <- 1
	}()
	<-fin
	<-fin
	fmt.Println("ok", x)
}
