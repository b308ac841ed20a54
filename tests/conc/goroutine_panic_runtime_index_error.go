package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	i := 5
	done := make(chan bool)
	go func() {
		fmt.Println(s[i])
		done <- true
	}()
	<-done
}

// Panic: runtime error: index out of range [5] with length 3
// Stderr contains:
// main.main.func1()
// created by main.main
