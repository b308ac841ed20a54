package main

import "fmt"

func main() {
	events := make(chan int, 3)
	dropped := 0
	for i := 0; i < 10; i++ {
		select {
		case events <- i:
		default:
			dropped++
		}
	}
	close(events)
	for e := range events {
		fmt.Println("kept", e)
	}
	fmt.Println("dropped", dropped)
}

// Output:
// kept 0
// kept 1
// kept 2
// dropped 7
