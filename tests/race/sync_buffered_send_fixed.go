// a buffered send happens before its receive completes: fixed, no race

package main

import (
	"fmt"
)

func main() {
	x := 0
	ch := make(chan int, 4)
	fin := make(chan int, 2)
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
