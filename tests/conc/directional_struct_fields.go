package main

import "fmt"

type Worker struct {
	In  <-chan int
	Out chan<- int
}

func (w Worker) Run() {
	for v := range w.In {
		w.Out <- v + 1
	}
	close(w.Out)
}

func main() {
	in := make(chan int)
	out := make(chan int)
	w := Worker{In: in, Out: out}
	go w.Run()
	go func() {
		for i := 0; i < 3; i++ {
			in <- i * 10
		}
		close(in)
	}()
	for v := range out {
		fmt.Println(v)
	}
}

// Output:
// 1
// 11
// 21
