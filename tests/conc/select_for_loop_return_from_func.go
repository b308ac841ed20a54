package main

import "fmt"

func collect(values <-chan int, stop <-chan struct{}) []int {
	var got []int
	for {
		select {
		case v := <-values:
			got = append(got, v)
		case <-stop:
			return got
		}
	}
}

func main() {
	values := make(chan int)
	stop := make(chan struct{})
	go func() {
		for i := 1; i <= 5; i++ {
			values <- i * i
		}
		close(stop)
	}()
	fmt.Println(collect(values, stop))
}

// Output:
// [1 4 9 16 25]
