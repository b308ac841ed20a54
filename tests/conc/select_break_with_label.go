package main

import "fmt"

func main() {
	c := make(chan int)
	go func() {
		for i := 0; i < 10; i++ {
			c <- i
		}
	}()
	n := 0
loop:
	for {
		select {
		case v := <-c:
			if v == 4 {
				break loop
			}
			n++
			if v%2 == 0 {
				break
			}
			fmt.Println("odd", v)
		}
	}
	fmt.Println("left loop after", n)
}

// Output:
// odd 1
// odd 3
// left loop after 4
