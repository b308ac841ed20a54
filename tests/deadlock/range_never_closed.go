// A producer that forgets to close its channel: the consumer's range
// never ends.
package main

import "fmt"

func produce(out chan<- int) {
	for i := 0; i < 3; i++ {
		out <- i
	}
}

func main() {
	numbers := make(chan int)
	go produce(numbers)
	for n := range numbers {
		fmt.Println(n)
	}
}

// Output:
// 0
// 1
// 2
// Exit: 2
// Stderr contains:
// fatal error: all goroutines are asleep - deadlock!
// why every goroutine waits (gosh):
//   goroutine 1 waits at range_never_closed.go:16 to receive from numbers (made at range_never_closed.go:14):
//     no other goroutine can reach it, so none can ever send on it or close it
