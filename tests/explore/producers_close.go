// Fan-in where every producer closes the shared channel when it is done
// ("the channel is finished when I am"): the second producer to finish
// panics with close of closed channel -- or, if it is still sending when
// the first closes, with send on closed channel.
package main

import "fmt"

func main() {
	out := make(chan int)
	for p := 0; p < 2; p++ {
		go func(p int) {
			for i := 0; i < 2; i++ {
				out <- p*10 + i
			}
			close(out)
		}(p)
	}
	n := 0
	for range out {
		n++
	}
	fmt.Println("got", n)
}
