package main

import "fmt"

func main() {
	results := make([]int, 5)
	done := make(chan bool)
	for i := 0; i < 5; i++ {
		go func(n int) {
			results[n] = n * n
			done <- true
		}(i)
	}
	for i := 0; i < 5; i++ {
		<-done
	}
	fmt.Println(results)
}

// Output:
// [0 1 4 9 16]
