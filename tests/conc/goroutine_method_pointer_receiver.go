package main

import "fmt"

type Counter struct {
	n    int
	done chan bool
}

func (c *Counter) Run(times int) {
	for i := 0; i < times; i++ {
		c.n++
	}
	c.done <- true
}

func main() {
	c := &Counter{done: make(chan bool)}
	go c.Run(1000)
	<-c.done
	fmt.Println(c.n)
	var v Counter
	v.done = make(chan bool)
	go v.Run(5)
	<-v.done
	fmt.Println(v.n)
}

// Output:
// 1000
// 5
