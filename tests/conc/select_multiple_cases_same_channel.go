package main

import "fmt"

func main() {
	c := make(chan int, 10)
	for i := 0; i < 10; i++ {
		c <- i
	}
	close(c)
	sum := 0
	for {
		var v int
		var ok bool
		select {
		case v, ok = <-c:
		case v, ok = <-c:
		}
		if !ok {
			break
		}
		sum += v
	}
	fmt.Println(sum)
}

// Output:
// 45
