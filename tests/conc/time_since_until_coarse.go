package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(10 * time.Millisecond)
	el := time.Since(start)
	fmt.Println("since >= 10ms:", el >= 10*time.Millisecond)
	fmt.Println("since < 1h:", el < time.Hour)
	future := time.Now().Add(time.Hour)
	u := time.Until(future)
	fmt.Println("until about an hour:", u > 59*time.Minute && u <= time.Hour)
	past := time.Now().Add(-time.Minute)
	fmt.Println("until past is negative:", time.Until(past) < 0)
}

// Output:
// since >= 10ms: true
// since < 1h: true
// until about an hour: true
// until past is negative: true
