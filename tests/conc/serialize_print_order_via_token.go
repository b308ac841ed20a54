package main

import "fmt"

func main() {
	const n = 5
	turns := make([]chan bool, n+1)
	for i := range turns {
		turns[i] = make(chan bool)
	}
	for i := n - 1; i >= 0; i-- {
		go func(i int) {
			<-turns[i]
			fmt.Println("goroutine", i, "prints in turn")
			turns[i+1] <- true
		}(i)
	}
	turns[0] <- true
	<-turns[n]
}

// Output:
// goroutine 0 prints in turn
// goroutine 1 prints in turn
// goroutine 2 prints in turn
// goroutine 3 prints in turn
// goroutine 4 prints in turn
