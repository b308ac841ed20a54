package main

func main() {
	c := make(chan int)
	go func() {
		c <- 1
	}()
	close(c)
	select {}
}

// Panic: send on closed channel
// Stderr contains:
// main.main.func1()
// created by main.main
