package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	ticker := time.NewTicker(2 * time.Millisecond)
	defer ticker.Stop()
	for i := 1; i <= 5; i++ {
		<-ticker.C
		fmt.Println("tick", i)
	}
	fmt.Println("took at least 10ms:", time.Since(start) >= 10*time.Millisecond)
}

// Output:
// tick 1
// tick 2
// tick 3
// tick 4
// tick 5
// took at least 10ms: true
