// explore: -leaks
// Shutdown of a generator: the worker checks quit, then sends its next
// value on an unbuffered channel. When main has taken what it wanted and
// closed quit after the worker's check, the worker's send waits forever
// for a receiver that has quit: a goroutine leak (found with -leaks).
package main

import "fmt"

func main() {
	quit := make(chan struct{})
	values := make(chan int)
	go func() {
		for i := 0; ; i++ {
			select {
			case <-quit:
				return
			default:
			}
			values <- i
		}
	}()
	for i := 0; i < 2; i++ {
		fmt.Println(<-values)
	}
	close(quit)
}

// Output:
// 0
// 1
