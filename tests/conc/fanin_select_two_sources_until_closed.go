package main

import "fmt"

func source(prefix string, n int) <-chan string {
	c := make(chan string)
	go func() {
		for i := 0; i < n; i++ {
			c <- fmt.Sprintf("%s%d", prefix, i)
		}
		close(c)
	}()
	return c
}

func main() {
	a := source("a", 4)
	b := source("b", 6)
	counts := map[byte]int{}
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				fmt.Println("a closed")
				continue
			}
			counts[v[0]]++
		case v, ok := <-b:
			if !ok {
				b = nil
				fmt.Println("b closed")
				continue
			}
			counts[v[0]]++
		}
	}
	fmt.Println("from a:", counts['a'], "from b:", counts['b'])
}

// Unordered output:
// b closed
// a closed
// from a: 4 from b: 6
