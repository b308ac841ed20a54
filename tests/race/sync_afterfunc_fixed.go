// time.AfterFunc's function happens after the call: fixed, no race

package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	x := 0
	var wg sync.WaitGroup
	wg.Add(1)
	x = 1
	time.AfterFunc(time.Millisecond, func() {
		x = 2
		wg.Done()
	})
	wg.Wait()
	fmt.Println("ok", x)
}
