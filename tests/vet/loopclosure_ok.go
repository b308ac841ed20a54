// Loop variables copied before the goroutine starts (i := i), or passed
// as arguments: nothing to report. A go statement that is not the last
// in the body is not judged (go vet gives up there too).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		i := i
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println(i)
		}()
	}
	for _, s := range []string{"a", "b"} {
		wg.Add(1)
		go func(s string) {
			defer wg.Done()
			fmt.Println(s)
		}(s)
	}
	wg.Wait()
}

// Vet:
