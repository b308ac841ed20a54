// Locals of init functions that escape (address taken, captured by a
// closure, captured by a goroutine) keep their values after init returns.
package main

import "fmt"

var (
	ptr     *int
	counter func() int
	fromG   = make(chan int, 1)
)

func init() {
	n := 7
	ptr = &n
}

func init() {
	c := 100
	counter = func() int { c++; return c }
	v := 5
	go func() { v *= 3; fromG <- v }()
}

func main() {
	*ptr *= 6
	fmt.Println(*ptr, counter(), counter(), <-fromG)
}

// Output:
// 42 101 102 15
