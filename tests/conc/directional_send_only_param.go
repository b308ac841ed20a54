package main

import "fmt"

func produce(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i * 3
	}
	close(out)
}

func main() {
	c := make(chan int)
	go produce(c, 4)
	for v := range c {
		fmt.Println(v)
	}
}

// Output:
// 0
// 3
// 6
// 9
