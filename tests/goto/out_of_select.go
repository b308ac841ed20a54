package main

import "fmt"

// goto out of a select case, as a loop around the select.
func main() {
	ch := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 1; i <= 3; i++ {
			ch <- i
		}
		close(quit)
	}()
	total := 0
wait:
	select {
	case v := <-ch:
		total += v
		fmt.Println("got", v)
		goto wait
	case <-quit:
		fmt.Println("quit")
		goto finished
	}
	fmt.Println("not printed")
finished:
	fmt.Println("total", total)
	buf := make(chan int, 1)
	buf <- 9
	select {
	case v := <-buf:
		if v == 9 {
			goto nine
		}
	default:
	}
	fmt.Println("not printed either")
nine:
	fmt.Println("nine")
}

// Output:
// got 1
// got 2
// got 3
// quit
// total 6
// nine
