package main

import "fmt"

func ch(name string, c chan int) chan int {
	fmt.Println("eval channel", name)
	return c
}

func val(v int) int {
	fmt.Println("eval value", v)
	return v
}

func main() {
	a := make(chan int, 1)
	b := make(chan int)
	a <- 5
	select {
	case x := <-ch("a", a):
		fmt.Println("received", x)
	case ch("b", b) <- val(7):
		fmt.Println("sent")
	}
}

// Output:
// eval channel a
// eval channel b
// eval value 7
// received 5
