// closerecv (gosh's own): a goroutine that only receives from a channel
// closes it. Closing says "no more values" and is the sender's to say:
// here main's next send would panic with "send on closed channel".
package main

import "fmt"

func main() {
	jobs := make(chan int)
	done := make(chan bool)
	go func() {
		for j := range jobs {
			fmt.Println("job", j)
			if j == 2 {
				close(jobs)
				break
			}
		}
		done <- true
	}()
	jobs <- 1
	jobs <- 2
	<-done
	results := make(chan string, 1)
	go func(in chan string) {
		fmt.Println(<-in)
		close(in)
	}(results)
	results <- "hello"
}

// Vet:
// closerecv_receiver.go:15:5: close(jobs) in a goroutine that only receives from jobs: the sender should close it, or its next send panics
// closerecv_receiver.go:27:3: close(in) in a goroutine that only receives from in: the sender should close it, or its next send panics
