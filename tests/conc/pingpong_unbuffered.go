package main

import "fmt"

func player(name string, in <-chan int, out chan<- int, done chan<- string) {
	for {
		n, ok := <-in
		if !ok {
			done <- name + " stops"
			return
		}
		fmt.Println(name, n)
		if n == 6 {
			// announce first: the other player's "stops" comes after
			done <- name + " ends the game"
			close(out)
			return
		}
		out <- n + 1
	}
}

func main() {
	ping := make(chan int)
	pong := make(chan int)
	done := make(chan string)
	go player("ping", ping, pong, done)
	go player("pong", pong, ping, done)
	ping <- 1
	fmt.Println(<-done)
	fmt.Println(<-done)
}

// Output:
// ping 1
// pong 2
// ping 3
// pong 4
// ping 5
// pong 6
// pong ends the game
// ping stops
