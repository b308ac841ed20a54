package main

import "fmt"

func main() {
	done := make(chan struct{})
	data := make([]int, 0)
	go func() {
		for i := 0; i < 5; i++ {
			data = append(data, i*i)
		}
		done <- struct{}{}
	}()
	<-done
	fmt.Println(data)
}

// Output:
// [0 1 4 9 16]
