// a select's receive orders like a receive: fixed, no race

package main

import (
	"fmt"
)

func main() {
	x := 0
	a := make(chan int)
	fin := make(chan bool)
	go func() {
		x = 1
		a <- 1
		fin <- true
	}()
	go func() {
		select {
		case <-a:
		}
		x = 2
		fin <- true
	}()
	<-fin
	<-fin
	fmt.Println("ok", x)
}
