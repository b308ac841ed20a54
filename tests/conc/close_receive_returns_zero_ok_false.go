package main

import "fmt"

type point struct{ x, y int }

func main() {
	ci := make(chan int)
	close(ci)
	v, ok := <-ci
	fmt.Println(v, ok)
	cs := make(chan string)
	close(cs)
	s, ok := <-cs
	fmt.Printf("%q %v\n", s, ok)
	cp := make(chan point)
	close(cp)
	p, ok := <-cp
	fmt.Println(p, ok)
	cptr := make(chan *point)
	close(cptr)
	fmt.Println(<-cptr)
}

// Output:
// 0 false
// "" false
// {0 0} false
// <nil>
