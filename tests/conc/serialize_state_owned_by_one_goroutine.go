package main

import "fmt"

type op struct {
	delta int
	reply chan int
}

func main() {
	ops := make(chan op)
	go func() {
		balance := 0
		for o := range ops {
			balance += o.delta
			o.reply <- balance
		}
	}()
	done := make(chan bool)
	for g := 0; g < 10; g++ {
		go func() {
			for i := 0; i < 100; i++ {
				r := make(chan int)
				ops <- op{1, r}
				<-r
			}
			done <- true
		}()
	}
	for g := 0; g < 10; g++ {
		<-done
	}
	r := make(chan int)
	ops <- op{0, r}
	fmt.Println("final balance:", <-r)
}

// Output:
// final balance: 1000
