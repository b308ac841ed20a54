package main

import "fmt"

func main() {
	c := make(chan int, 100)
	go func() {
		defer close(c)
		for i := 0; i < 100; i++ {
			c <- i
		}
	}()
	count, sum := 0, 0
	for v := range c {
		count++
		sum += v
	}
	fmt.Println(count, sum)
}

// Output:
// 100 4950
