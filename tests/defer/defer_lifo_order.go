package main

import "fmt"

func main() {
	fmt.Println("start")
	defer fmt.Println("deferred 1")
	defer fmt.Println("deferred 2")
	defer func() {
		fmt.Println("deferred 3")
	}()
	for i := 0; i < 2; i++ {
		defer fmt.Println("loop", i)
	}
	fmt.Println("end of main")
}

// Output:
// start
// end of main
// loop 1
// loop 0
// deferred 3
// deferred 2
// deferred 1
