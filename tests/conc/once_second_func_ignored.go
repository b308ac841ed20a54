package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	once.Do(func() { fmt.Println("first") })
	once.Do(func() { fmt.Println("second") })
	var other sync.Once
	other.Do(func() { fmt.Println("another Once runs its own") })
}

// Output:
// first
// another Once runs its own
