package main

import "fmt"

type Sem chan struct{}

func (s Sem) TryAcquire() bool {
	select {
	case s <- struct{}{}:
		return true
	default:
		return false
	}
}

func (s Sem) Release() { <-s }

func main() {
	s := make(Sem, 2)
	fmt.Println(s.TryAcquire(), s.TryAcquire(), s.TryAcquire())
	s.Release()
	fmt.Println(s.TryAcquire(), s.TryAcquire())
	s.Release()
	s.Release()
	fmt.Println(len(s))
}

// Output:
// true true false
// true false
// 0
