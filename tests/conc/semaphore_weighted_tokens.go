package main

import "fmt"

type Weighted struct{ tokens chan struct{} }

func New(n int) *Weighted {
	w := &Weighted{make(chan struct{}, n)}
	for i := 0; i < n; i++ {
		w.tokens <- struct{}{}
	}
	return w
}

func (w *Weighted) Acquire(n int) {
	for i := 0; i < n; i++ {
		<-w.tokens
	}
}

func (w *Weighted) Release(n int) {
	for i := 0; i < n; i++ {
		w.tokens <- struct{}{}
	}
}

func main() {
	w := New(5)
	w.Acquire(3)
	fmt.Println("available:", len(w.tokens))
	got := make(chan string)
	go func() {
		w.Acquire(4)
		got <- "big job acquired 4"
	}()
	w.Release(3)
	fmt.Println(<-got)
	fmt.Println("available:", len(w.tokens))
	w.Release(4)
	fmt.Println("available:", len(w.tokens))
}

// Output:
// available: 2
// big job acquired 4
// available: 1
// available: 5
