// time.AfterFunc's function happens after the call: racy
// Race at: x

package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	x := 0
	_ = &x // a use, not an access
	var wg sync.WaitGroup
	wg.Add(1)
	time.AfterFunc(time.Millisecond, func() {
		x = 2 // racy
		wg.Done()
	})
	x = 1 // racy
	wg.Wait()
	fmt.Println("ok")
}
