package main

import "fmt"

func main() {
	chans := make([]chan int, 5)
	for i := range chans {
		chans[i] = make(chan int, 1)
	}
	var counts [5]int
	for iter := 0; iter < 500; iter++ {
		for i, c := range chans {
			if len(c) == 0 {
				c <- i
			}
		}
		select {
		case v := <-chans[0]:
			counts[v]++
		case v := <-chans[1]:
			counts[v]++
		case v := <-chans[2]:
			counts[v]++
		case v := <-chans[3]:
			counts[v]++
		case v := <-chans[4]:
			counts[v]++
		}
	}
	all := true
	total := 0
	for _, n := range counts {
		if n < 20 {
			all = false
		}
		total += n
	}
	fmt.Println("every case chosen often:", all, "total:", total)
}

// Output:
// every case chosen often: true total: 500
