package main

import (
	"fmt"
	"time"
)

func main() {
	items := make(chan int)
	go func() {
		for i := 1; i <= 4; i++ {
			if i == 3 {
				time.Sleep(time.Hour)
			}
			items <- i
		}
	}()
	for {
		select {
		case v := <-items:
			fmt.Println("item", v)
			continue
		case <-time.After(100 * time.Millisecond):
			fmt.Println("item timed out")
		}
		break
	}
}

// Output:
// item 1
// item 2
// item timed out
