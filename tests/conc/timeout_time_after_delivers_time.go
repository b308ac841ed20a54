package main

import (
	"fmt"
	"time"
)

func main() {
	before := time.Now()
	t := <-time.After(5 * time.Millisecond)
	fmt.Println("non-zero:", !t.IsZero())
	fmt.Println("not before start:", !t.Before(before))
	fmt.Println("at least 5ms after start:", t.Sub(before) >= 5*time.Millisecond)
	fmt.Printf("%T\n", time.After(time.Second))
}

// Output:
// non-zero: true
// not before start: true
// at least 5ms after start: true
// <-chan time.Time
