// close happens before a receive that sees it: racy
// Race at: x

package main

import (
	"fmt"
)

func main() {
	x := 0
	_ = &x // a use, not an access
	done := make(chan bool)
	fin := make(chan bool)
	go func() {
		close(done)
		x = 1 // racy
		fin <- true
	}()
	go func() {
		<-done
		x = 2 // racy
		fin <- true
	}()
	<-fin
	<-fin
	fmt.Println("ok")
}
