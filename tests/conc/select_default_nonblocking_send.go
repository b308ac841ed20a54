package main

import "fmt"

func trySend(c chan int, v int) bool {
	select {
	case c <- v:
		return true
	default:
		return false
	}
}

func main() {
	c := make(chan int, 2)
	for i := 1; i <= 4; i++ {
		fmt.Println("send", i, trySend(c, i))
	}
	u := make(chan int)
	fmt.Println("unbuffered with no receiver:", trySend(u, 9))
	fmt.Println(<-c, <-c)
}

// Output:
// send 1 true
// send 2 true
// send 3 false
// send 4 false
// unbuffered with no receiver: false
// 1 2
