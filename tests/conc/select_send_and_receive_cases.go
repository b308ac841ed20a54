package main

import "fmt"

func main() {
	in := make(chan int)
	out := make(chan int)
	consumed := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			in <- i
		}
	}()
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Println("consumer got", <-out)
		}
		consumed <- true
	}()
	pending := []int{100, 200, 300}
	received := 0
	for received < 3 || len(pending) > 0 {
		var send chan int
		var v int
		if len(pending) > 0 {
			send, v = out, pending[0]
		}
		select {
		case x := <-in:
			received++
			fmt.Println("producer sent", x)
		case send <- v:
			pending = pending[1:]
		}
	}
	<-consumed
	fmt.Println("done")
}

// Unordered output:
// consumer got 100
// consumer got 200
// consumer got 300
// producer sent 0
// producer sent 1
// producer sent 2
// done
