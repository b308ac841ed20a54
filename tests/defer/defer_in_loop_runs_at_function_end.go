package main

import "fmt"

func work(n int) {
	for i := 0; i < n; i++ {
		defer fmt.Println("cleanup", i)
		fmt.Println("work", i)
	}
	fmt.Println("loop finished")
}

func main() {
	work(3)
	fmt.Println("after work")
	for _, s := range []string{"a", "b"} {
		func() {
			defer fmt.Println("inner defer", s)
			fmt.Println("inner body", s)
		}()
	}
}

// Output:
// work 0
// work 1
// work 2
// loop finished
// cleanup 2
// cleanup 1
// cleanup 0
// after work
// inner body a
// inner defer a
// inner body b
// inner defer b
