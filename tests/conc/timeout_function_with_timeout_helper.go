package main

import (
	"errors"
	"fmt"
	"time"
)

var ErrTimeout = errors.New("operation timed out")

func withTimeout(d time.Duration, f func() int) (int, error) {
	c := make(chan int, 1)
	go func() { c <- f() }()
	select {
	case v := <-c:
		return v, nil
	case <-time.After(d):
		return 0, ErrTimeout
	}
}

func main() {
	v, err := withTimeout(time.Second, func() int { return 42 })
	fmt.Println(v, err)
	block := make(chan int)
	v, err = withTimeout(10*time.Millisecond, func() int { return <-block })
	fmt.Println(v, err, err == ErrTimeout)
}

// Output:
// 42 <nil>
// 0 operation timed out true
