package main

import (
	"sync"
)

func main() {
	var wg sync.WaitGroup
	block := make(chan bool)
	go func() {
		wg.Done()
	}()
	<-block
}

// Panic: sync: negative WaitGroup counter
// Stderr contains:
// main.main.func1()
// created by main.main
