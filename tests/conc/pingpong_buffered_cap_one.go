package main

import "fmt"

func main() {
	ball := make(chan int, 1)
	done := make(chan bool)
	turn := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			<-turn
			v := <-ball
			fmt.Println("B hits", v)
			ball <- v + 1
			turn <- true
		}
		done <- true
	}()
	ball <- 0
	for i := 0; i < 3; i++ {
		v := <-ball
		fmt.Println("A hits", v)
		ball <- v + 1
		turn <- true
		<-turn
	}
	<-done
	fmt.Println("final", <-ball)
}

// Output:
// A hits 0
// B hits 1
// A hits 2
// B hits 3
// A hits 4
// B hits 5
// final 6
