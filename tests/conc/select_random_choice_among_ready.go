package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	counts := [2]int{}
	for i := 0; i < 1000; i++ {
		a <- 0
		b <- 1
		select {
		case v := <-a:
			counts[v]++
			<-b
		case v := <-b:
			counts[v]++
			<-a
		}
	}
	fmt.Println("both cases chosen:", counts[0] > 100 && counts[1] > 100)
	fmt.Println("total:", counts[0]+counts[1])
}

// Output:
// both cases chosen: true
// total: 1000
