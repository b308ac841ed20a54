package main

import (
	"fmt"
	"strings"
)

// The mapping function blocks on a channel fed by another goroutine.
func main() {
	shifts := make(chan rune)
	go func() {
		for i := 0; ; i++ {
			shifts <- rune(i % 3)
		}
	}()
	out := strings.Map(func(r rune) rune { return r + <-shifts }, "aaaaaa")
	fmt.Println(out)
	done := make(chan bool)
	go func() {
		fmt.Println(strings.IndexFunc("xyz!", func(r rune) bool { return r == '!' }))
		done <- true
	}()
	<-done
}

// Output:
// abcabc
// 3
