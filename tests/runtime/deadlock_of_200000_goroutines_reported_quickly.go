package main

// The deadlock report lists every goroutine in order of its number; with
// 200,000 of them the listing used to be sorted in n^2/2 comparisons
// (minutes), now in n log n.
func main() {
	ch := make(chan int)
	for i := 0; i < 200000; i++ {
		go func() { <-ch }()
	}
	<-ch
}

// Stderr contains:
// fatal error: all goroutines are asleep - deadlock!
// goroutine 1 [chan receive]:
// goroutine 2 [chan receive]:
// goroutine 200001 [chan receive]:
// Exit: 2
