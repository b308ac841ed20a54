package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTicker(time.Millisecond)
	fmt.Println("cap:", cap(t.C))
	time.Sleep(20 * time.Millisecond)
	t.Stop()
	fmt.Println("len after missing ticks and Stop:", len(t.C))
	<-t.C
	select {
	case <-t.C:
		fmt.Println("a second tick was queued")
	default:
		fmt.Println("slow receiver got one queued tick")
	}
}

// Output:
// cap: 1
// len after missing ticks and Stop: 1
// slow receiver got one queued tick
