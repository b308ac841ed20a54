package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("main recovered:", recover())
	}()
	block := make(chan bool)
	go func() {
		panic("not main's panic")
	}()
	<-block
}

// Panic: not main's panic
// Stderr contains:
// main.main.func2()
// created by main.main
