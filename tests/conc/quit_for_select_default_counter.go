package main

import (
	"fmt"
	"time"
)

func main() {
	quit := make(chan bool)
	result := make(chan int)
	started := make(chan bool)
	go func() {
		n := 0
		for {
			select {
			case <-quit:
				result <- n
				return
			default:
				n++
				if n == 1 {
					close(started)
				}
				if n%100 == 0 {
					time.Sleep(time.Millisecond)
				}
			}
		}
	}()
	<-started
	time.Sleep(5 * time.Millisecond)
	quit <- true
	fmt.Println("worked:", <-result > 0)
}

// Output:
// worked: true
