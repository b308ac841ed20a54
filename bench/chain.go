// chain: n goroutines in a daisy chain, each passing a value to the next
// plus one. Creating many goroutines that all block, then waking them in
// turn.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func link(left chan<- int, right <-chan int) {
	left <- 1 + <-right
}

func main() {
	n := 100000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	leftmost := make(chan int)
	left := leftmost
	for i := 0; i < n; i++ {
		right := make(chan int)
		go link(left, right)
		left = right
	}
	go func(c chan<- int) { c <- 0 }(left)
	fmt.Println("chain of", n, "gives", <-leftmost)
}
