package main

import "fmt"

func main() {
	c := make(chan int, 2)
	c <- 1
	c <- 2
	go close(c)
	sum := 0
	for v := range c {
		sum += v
	}
	fmt.Println("sum", sum)
	m := map[string]int{"a": 1, "b": 2}
	done := make(chan bool)
	go func() {
		delete(m, "a")
		done <- true
	}()
	<-done
	fmt.Println(len(m))
}

// Output:
// sum 3
// 1
