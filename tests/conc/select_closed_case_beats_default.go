package main

import "fmt"

func main() {
	done := make(chan struct{})
	close(done)
	hits := 0
	for i := 0; i < 100; i++ {
		select {
		case <-done:
			hits++
		default:
		}
	}
	fmt.Println("closed case chosen:", hits)
}

// Output:
// closed case chosen: 100
