package main

import "fmt"

func numbers(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func evens(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			if v%2 == 0 {
				out <- v
			}
		}
		close(out)
	}()
	return out
}

func sum(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		total := 0
		for v := range in {
			total += v
		}
		out <- total
	}()
	return out
}

func main() {
	for v := range evens(numbers(10)) {
		fmt.Print(v, ";")
	}
	fmt.Println()
	fmt.Println("sum of evens to 100:", <-sum(evens(numbers(100))))
}

// Output:
// 2;4;6;8;10;
// sum of evens to 100: 2550
