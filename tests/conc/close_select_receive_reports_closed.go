package main

import "fmt"

func main() {
	data := make(chan int, 2)
	data <- 10
	close(data)
	for i := 0; i < 3; i++ {
		select {
		case v, ok := <-data:
			fmt.Println("recv", v, ok)
		}
	}
}

// Output:
// recv 10 true
// recv 0 false
// recv 0 false
