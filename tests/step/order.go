package main

import "fmt"

// Two workers, each printing twice; gosh step decides who prints first.
func worker(name string, done chan bool) {
	fmt.Println(name, "one")
	done <- true
	fmt.Println(name, "two")
	done <- true
}

func main() {
	done := make(chan bool)
	go worker("A", done)
	go worker("B", done)
	for i := 0; i < 4; i++ {
		<-done
	}
	fmt.Println("main done")
}
