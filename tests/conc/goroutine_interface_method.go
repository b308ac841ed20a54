package main

import "fmt"

type Job interface {
	Do(out chan<- string)
}

type Print struct{ msg string }
type Double struct{ n int }

func (p Print) Do(out chan<- string)   { out <- "print " + p.msg }
func (d *Double) Do(out chan<- string) { out <- fmt.Sprint("double ", d.n*2) }

func main() {
	jobs := []Job{Print{"hi"}, &Double{21}}
	out := make(chan string)
	for _, j := range jobs {
		go j.Do(out)
	}
	for range jobs {
		fmt.Println(<-out)
	}
}

// Unordered output:
// double 42
// print hi
