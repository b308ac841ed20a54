// prodcons: 4 producers and 4 consumers share one buffered channel and
// move n items. Contended channel operations across threads.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

func main() {
	n := 10000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	const producers, consumers = 4, 4
	ch := make(chan int, 1024)
	var pwg, cwg sync.WaitGroup
	sums := make([]int, consumers)
	for p := 0; p < producers; p++ {
		pwg.Add(1)
		go func(p int) {
			defer pwg.Done()
			for i := p; i < n; i += producers {
				ch <- i
			}
		}(p)
	}
	for c := 0; c < consumers; c++ {
		cwg.Add(1)
		go func(c int) {
			defer cwg.Done()
			s := 0
			for v := range ch {
				s += v
			}
			sums[c] = s
		}(c)
	}
	pwg.Wait()
	close(ch)
	cwg.Wait()
	total := 0
	for _, s := range sums {
		total += s
	}
	fmt.Println("items:", n, "sum:", total)
}
