package main

import "fmt"

func main() {
	errc := make(chan string)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				errc <- fmt.Sprint("recovered: ", r)
			}
		}()
		var m map[string]int
		m["x"] = 1
	}()
	fmt.Println(<-errc)
	fmt.Println("main continues")
}

// Output:
// recovered: assignment to entry in nil map
// main continues
