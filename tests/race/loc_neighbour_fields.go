// two goroutines write different fields of one struct: no race

package main

import (
	"fmt"
	"sync"
)

type Pair struct {
	A, B int
	C, D int16
}

func main() {
	p := &Pair{}
	var wg sync.WaitGroup
	wg.Add(4)
	go func() { defer wg.Done(); p.A = 1 }()
	go func() { defer wg.Done(); p.B = 2 }()
	go func() { defer wg.Done(); p.C = 3 }()
	go func() { defer wg.Done(); p.D = 4 }()
	wg.Wait()
	fmt.Println(*p)
}
