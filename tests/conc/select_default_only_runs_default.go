package main

import "fmt"

func main() {
	for i := 0; i < 2; i++ {
		select {
		default:
			fmt.Println("default", i)
		}
	}
}

// Output:
// default 0
// default 1
