package main

import "fmt"

func fib(n int, out chan<- int) {
	a, b := 0, 1
	for i := 0; i < n; i++ {
		out <- a
		a, b = b, a+b
	}
	close(out)
}

func main() {
	c := make(chan int)
	quit := make(chan struct{})
	go func() {
		for i := 0; i < 10; i++ {
			fmt.Println(<-c)
		}
		quit <- struct{}{}
	}()
	x, y := 0, 1
	done := false
	for !done {
		select {
		case c <- x:
			x, y = y, x+y
		case <-quit:
			fmt.Println("quit")
			done = true
		}
	}
	ch := make(chan int)
	go fib(5, ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	results := make(chan int, 100)
	for i := 0; i < 100; i++ {
		go func(i int) { results <- i * i }(i)
	}
	sum := 0
	for i := 0; i < 100; i++ {
		sum += <-results
	}
	fmt.Println(sum)
	var nilch chan int
	select {
	case v := <-nilch:
		fmt.Println("impossible", v)
	default:
		fmt.Println("default")
	}
	cc := make(chan int, 1)
	cc <- 5
	select {
	case v, ok := <-cc:
		fmt.Println(v, ok)
	}
	close(cc)
	select {
	case v, ok := <-cc:
		fmt.Println(v, ok)
	}
}

// Output:
// 0
// 1
// 1
// 2
// 3
// 5
// 8
// 13
// 21
// 34
// quit
// 0 1 1 2 3 
// 328350
// default
// 5 true
// 0 false
