package main

import "fmt"

func main() {
	c := make(chan bool)
	close(c)
	n := 0
	for i := 0; i < 1000; i++ {
		if v, ok := <-c; !v && !ok {
			n++
		}
	}
	fmt.Println(n)
}

// Output:
// 1000
