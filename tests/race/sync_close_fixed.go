// close happens before a receive that sees it: fixed, no race

package main

import (
	"fmt"
)

func main() {
	x := 0
	done := make(chan bool)
	fin := make(chan bool)
	go func() {
		x = 1
		close(done)
		fin <- true
	}()
	go func() {
		<-done
		x = 2
		fin <- true
	}()
	<-fin
	<-fin
	fmt.Println("ok", x)
}
