package main

import (
	"fmt"
	"time"
)

func main() {
	out := make(chan int, 3)
	for _, d := range []int{100, 1, 200} {
		go func(d int) {
			time.Sleep(time.Duration(d) * time.Millisecond)
			out <- d
		}(d)
	}
	fmt.Println(<-out, <-out, <-out)
}

// Output:
// 1 100 200
