package main

import (
	"fmt"
	"time"
)

func main() {
	ran := make(chan int, 2)
	n := 0
	t := time.AfterFunc(time.Hour, func() {
		n++
		ran <- n
	})
	fmt.Println("reset active:", t.Reset(2*time.Millisecond))
	fmt.Println("run", <-ran)
	fmt.Println("reset expired:", t.Reset(2*time.Millisecond))
	fmt.Println("run", <-ran)
}

// Output:
// reset active: true
// run 1
// reset expired: false
// run 2
