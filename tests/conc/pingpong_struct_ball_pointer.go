package main

import "fmt"

type Ball struct {
	hits  int
	trail []string
}

func player(name string, table chan *Ball, result chan<- *Ball) {
	for {
		ball := <-table
		if ball.hits == 6 {
			result <- ball
			return
		}
		ball.hits++
		ball.trail = append(ball.trail, name)
		table <- ball
	}
}

func main() {
	table := make(chan *Ball)
	result := make(chan *Ball)
	go player("ping", table, result)
	go player("pong", table, result)
	ball := &Ball{}
	table <- ball
	b := <-result
	fmt.Println("hits:", b.hits)
	fmt.Println("same ball:", b == ball)
	fmt.Println("trail length:", len(b.trail))
}

// Output:
// hits: 6
// same ball: true
// trail length: 6
