package main

import "fmt"

func main() {
	items := make(chan int)
	collected := make(chan []int)
	go func() {
		var all []int
		for v := range items {
			all = append(all, v)
		}
		collected <- all
	}()
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func(g int) {
			for i := 0; i < 25; i++ {
				items <- g*25 + i
			}
			done <- true
		}(g)
	}
	for g := 0; g < 4; g++ {
		<-done
	}
	close(items)
	all := <-collected
	seen := make([]bool, 100)
	for _, v := range all {
		seen[v] = true
	}
	missing := 0
	for _, s := range seen {
		if !s {
			missing++
		}
	}
	fmt.Println("len", len(all), "missing", missing)
}

// Output:
// len 100 missing 0
