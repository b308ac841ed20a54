// a receive that drains a closed buffered channel: no race

package main

import (
	"fmt"
)

func main() {
	data := make([]int, 3)
	ch := make(chan int, 3)
	go func() {
		for i := range data {
			data[i] = i + 1
			ch <- i
		}
		close(ch)
	}()
	sum := 0
	for i := range ch {
		sum += data[i]
	}
	fmt.Println(sum)
}
