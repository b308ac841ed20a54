// selectfanin: 4 producers each on their own channel; one consumer merges
// them with a select loop. The cost of select over several channels.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func produce(n int, base int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- base + i
	}
	close(out)
}

func main() {
	n := 500000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	a, b, c, d := make(chan int, 16), make(chan int, 16), make(chan int, 16), make(chan int, 16)
	go produce(n, 0, a)
	go produce(n, 1, b)
	go produce(n, 2, c)
	go produce(n, 3, d)
	sum, count, open := 0, 0, 4
	for open > 0 {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				open--
				continue
			}
			sum += v
		case v, ok := <-b:
			if !ok {
				b = nil
				open--
				continue
			}
			sum += v
		case v, ok := <-c:
			if !ok {
				c = nil
				open--
				continue
			}
			sum += v
		case v, ok := <-d:
			if !ok {
				d = nil
				open--
				continue
			}
			sum += v
		}
		count++
	}
	fmt.Println("received:", count, "sum:", sum)
}
