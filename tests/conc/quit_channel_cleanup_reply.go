package main

import "fmt"

func boring(msg string, quit chan string) <-chan string {
	c := make(chan string)
	go func() {
		for i := 0; ; i++ {
			select {
			case c <- fmt.Sprintf("%s %d", msg, i):
			case <-quit:
				fmt.Println("cleaning up")
				quit <- "See you!"
				return
			}
		}
	}()
	return c
}

func main() {
	quit := make(chan string)
	c := boring("Joe", quit)
	for i := 0; i < 3; i++ {
		fmt.Println(<-c)
	}
	quit <- "Bye!"
	fmt.Println("Joe says:", <-quit)
}

// Output:
// Joe 0
// Joe 1
// Joe 2
// cleaning up
// Joe says: See you!
