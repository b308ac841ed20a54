package main

import "fmt"

type TaskError struct {
	ID int
}

func (e TaskError) Error() string { return fmt.Sprintf("task %d failed", e.ID) }

func main() {
	c := make(chan int)
	go func() {
		panic(TaskError{7})
	}()
	<-c
}

// Panic: task 7 failed
// Stderr contains:
// main.main.func1()
// created by main.main
