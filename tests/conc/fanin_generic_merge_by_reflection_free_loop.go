package main

import "fmt"

func main() {
	chans := make([]chan int, 4)
	for i := range chans {
		chans[i] = make(chan int, 3)
		for j := 0; j < 3; j++ {
			chans[i] <- i*10 + j
		}
		close(chans[i])
	}
	merged := make(chan int)
	remaining := len(chans)
	doneOne := make(chan bool)
	for _, c := range chans {
		go func(c <-chan int) {
			for v := range c {
				merged <- v
			}
			doneOne <- true
		}(c)
	}
	total := 0
	count := 0
	for remaining > 0 {
		select {
		case v := <-merged:
			total += v
			count++
		case <-doneOne:
			remaining--
		}
	}
	fmt.Println("count", count, "total", total)
}

// Output:
// count 12 total 192
