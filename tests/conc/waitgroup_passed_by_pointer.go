package main

import (
	"fmt"
	"sync"
)

func work(id int, wg *sync.WaitGroup, out []string) {
	defer wg.Done()
	out[id] = fmt.Sprintf("worker %d done", id)
}

func main() {
	var wg sync.WaitGroup
	out := make([]string, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go work(i, &wg, out)
	}
	wg.Wait()
	for _, s := range out {
		fmt.Println(s)
	}
}

// Output:
// worker 0 done
// worker 1 done
// worker 2 done
