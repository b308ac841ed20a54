package main

import (
	"fmt"
	"time"
)

func main() {
	timer := time.NewTimer(100 * time.Millisecond)
	work := make(chan int)
	go func() {
		for i := 0; ; i++ {
			work <- i
			if i == 2 {
				select {}
			}
		}
	}()
	for {
		select {
		case v := <-work:
			fmt.Println("work", v)
		case <-timer.C:
			fmt.Println("timer fired")
			fmt.Println("stop after fire:", timer.Stop())
			return
		}
	}
}

// Output:
// work 0
// work 1
// work 2
// timer fired
// stop after fire: false
