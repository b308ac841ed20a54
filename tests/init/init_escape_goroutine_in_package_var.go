// A package-level variable initialised by a function literal whose locals
// are captured by goroutines it starts: the goroutines outlive the
// initialiser and still see the variables.
package main

import (
	"fmt"
	"sync"
)

var results = func() chan int {
	out := make(chan int, 3)
	base := 10
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			out <- base * i
		}(i)
	}
	wg.Wait()
	close(out)
	return out
}()

var done = func() chan string {
	ch := make(chan string)
	msg := "from the initialiser"
	go func() { ch <- msg }()
	return ch
}()

func main() {
	sum := 0
	for v := range results {
		sum += v
	}
	fmt.Println(sum)
	fmt.Println(<-done)
}

// Output:
// 60
// from the initialiser
