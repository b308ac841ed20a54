package main

import "fmt"

func main() {
	c := make(chan string)
	go func() {
		for _, s := range []string{"a", "b", "c"} {
			c <- s
		}
		close(c)
	}()
	for s := range c {
		fmt.Println(s)
	}
	fmt.Println("range finished")
	for s := range c {
		fmt.Println("never", s)
	}
	fmt.Println("range over closed channel ends at once")
}

// Output:
// a
// b
// c
// range finished
// range over closed channel ends at once
