package main

import "fmt"

func countdown(from int) <-chan int {
	c := make(chan int)
	go func() {
		defer close(c)
		for i := from; i > 0; i-- {
			c <- i
		}
	}()
	return c
}

func consume(in <-chan int) int {
	total := 0
	for v := range in {
		total += v
	}
	return total
}

func main() {
	for v := range countdown(3) {
		fmt.Println(v)
	}
	fmt.Println("liftoff", consume(countdown(10)))
}

// Output:
// 3
// 2
// 1
// liftoff 55
