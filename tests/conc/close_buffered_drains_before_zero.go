package main

import "fmt"

func main() {
	c := make(chan int, 3)
	c <- 1
	c <- 2
	close(c)
	for i := 0; i < 4; i++ {
		v, ok := <-c
		fmt.Println(v, ok, len(c))
	}
}

// Output:
// 1 true 1
// 2 true 0
// 0 false 0
// 0 false 0
