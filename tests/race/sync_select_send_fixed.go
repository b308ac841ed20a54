// a select that sends: no race

package main

import (
	"fmt"
)

func main() {
	x := 0
	ch := make(chan int)
	fin := make(chan bool)
	go func() {
		x = 1
		select {
		case ch <- 1:
		}
		fin <- true
	}()
	go func() {
		<-ch
		x = 2
		fin <- true
	}()
	<-fin
	<-fin
	fmt.Println("ok", x)
}
