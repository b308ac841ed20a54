package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTicker(3 * time.Millisecond)
	defer t.Stop()
	prev := <-t.C
	increasing := true
	for i := 0; i < 4; i++ {
		cur := <-t.C
		if !cur.After(prev) {
			increasing = false
		}
		prev = cur
	}
	fmt.Println("tick times increase:", increasing)
}

// Output:
// tick times increase: true
