// Directional channel types are types wherever a type may stand:
// make(<-chan int), new(<-chan int), make(chan<- int, 1), element types,
// named types, conversions, and <-chan <-chan T.
package main

import "fmt"

type RO <-chan int

func producer() <-chan int {
	c := make(chan int, 2)
	c <- 1
	c <- 2
	close(c)
	return c
}

func main() {
	a := make(<-chan int)
	b := new(<-chan int)
	c := make(chan<- int, 1)
	d := make([]<-chan int, 2)
	e := map[string]<-chan int{}
	var f RO = producer()
	fmt.Println(a != nil, *b == nil, cap(c), len(d), len(e))
	fmt.Printf("%T %T %T %T %T\n", a, b, c, d, f)
	for v := range f {
		fmt.Println(v)
	}
	g := make(chan (<-chan int), 1)
	g <- producer()
	fmt.Println(<-<-g)
	x := make(<-chan <-chan int)
	y := new(chan<- <-chan string)
	z := (<-chan []int)(nil)
	fmt.Printf("%T %T %T %T\n", g, x, y, z)
}

// Output:
// true true 1 2 0
// <-chan int *<-chan int chan<- int []<-chan int main.RO
// 1
// 2
// 1
// chan (<-chan int) <-chan <-chan int *chan<- <-chan string <-chan []int
