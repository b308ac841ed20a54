package main

import "fmt"

// Labels belong to one function: a function literal has its own, and may
// reuse the enclosing function's label names.
func main() {
	i := 0
L:
	f := func(n int) int {
		s := 0
	L:
		if n > 0 {
			s += n
			n--
			goto L
		}
		return s
	}
	fmt.Println(i, f(i))
	i++
	if i < 4 {
		goto L
	}
	res := make(chan int)
	go func() {
		k := 0
	loop:
		k++
		if k < 10 {
			goto loop
		}
		res <- k
	}()
	fmt.Println("goroutine k", <-res)
	done := make(chan bool)
	go func() {
		defer close(done)
		goto skip
	skip:
	}()
	<-done
	func() {
		goto x
	x:
		fmt.Println("immediate")
	}()
}

// Output:
// 0 0
// 1 1
// 2 3
// 3 6
// goroutine k 10
// immediate
