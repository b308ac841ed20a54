package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	bursty := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		bursty <- time.Now()
	}
	go func() {
		for t := range time.Tick(20 * time.Millisecond) {
			bursty <- t
		}
	}()
	for i := 1; i <= 3; i++ {
		<-bursty
	}
	fmt.Println("burst of 3 without waiting:", time.Since(start) < 20*time.Millisecond)
	<-bursty
	fmt.Println("4th waits for the ticker:", time.Since(start) >= 20*time.Millisecond)
}

// Output:
// burst of 3 without waiting: true
// 4th waits for the ticker: true
