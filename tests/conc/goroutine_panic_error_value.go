package main

import (
	"errors"
	"time"
)

func worker() {
	panic(errors.New("worker failed"))
}

func main() {
	go worker()
	time.Sleep(time.Hour)
}

// Panic: worker failed
// Stderr contains:
// main.worker()
// created by main.main
