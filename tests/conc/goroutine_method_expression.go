package main

import "fmt"

type Acc struct{ total int }

func (a *Acc) Add(v int, done chan<- bool) {
	a.total += v
	done <- true
}

func main() {
	a := &Acc{}
	done := make(chan bool)
	add := (*Acc).Add
	go add(a, 5, done)
	<-done
	go (*Acc).Add(a, 7, done)
	<-done
	fmt.Println(a.total)
}

// Output:
// 12
