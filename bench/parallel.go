// parallel: CPU-bound work (counting primes below n by trial division)
// split between k goroutines (the second argument, default 1). Run with
// k=1 and k=2 on two processors to see the speed-up.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

func isPrime(v int) bool {
	if v < 2 {
		return false
	}
	for d := 2; d*d <= v; d++ {
		if v%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	n, k := 3000000, 1
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	if len(os.Args) > 2 {
		k, _ = strconv.Atoi(os.Args[2])
	}
	counts := make([]int, k)
	var wg sync.WaitGroup
	for g := 0; g < k; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			// interleaved blocks give each goroutine the same mix of work
			// (interleaving single numbers would give one goroutine all the
			// even ones); a local count keeps the goroutines off each
			// other's cache lines
			const block = 1000
			c := 0
			for start := g * block; start < n; start += k * block {
				end := start + block
				if end > n {
					end = n
				}
				for v := start; v < end; v++ {
					if isPrime(v) {
						c++
					}
				}
			}
			counts[g] = c
		}(g)
	}
	wg.Wait()
	total := 0
	for _, c := range counts {
		total += c
	}
	fmt.Println("primes below", n, "=", total)
}
