package main

import "fmt"

func main() {
	for i := 0; i < 5; i++ {
		fmt.Print(i, ";")
	}
	fmt.Println()
	fmt.Printf("%s\n", "partial output before deadlock")
	c := make(chan struct{})
	<-c
}

// Output:
// 0;1;2;3;4;
// partial output before deadlock
// Fatal: all goroutines are asleep - deadlock!
// Stderr contains:
// goroutine 1 [chan receive]:
// main.main()
