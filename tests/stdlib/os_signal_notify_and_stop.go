package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt, syscall.SIGUSR1)
	fmt.Println("waiting")
	syscall.Kill(os.Getpid(), syscall.SIGUSR1)
	s := <-c
	fmt.Println("got", s)
	syscall.Kill(os.Getpid(), syscall.SIGINT)
	s = <-c
	fmt.Println("got", s, s == os.Interrupt)
	signal.Stop(c)
	signal.Ignore(syscall.SIGUSR2)
	fmt.Println(signal.Ignored(syscall.SIGUSR2), signal.Ignored(syscall.SIGUSR1))
	syscall.Kill(os.Getpid(), syscall.SIGUSR2)
	time.Sleep(50 * time.Millisecond)
	select {
	case s := <-c:
		fmt.Println("unexpected", s)
	default:
		fmt.Println("nothing after Stop")
	}
	fmt.Println("done")
}

// Output:
// waiting
// got user defined signal 1
// got interrupt true
// true false
// nothing after Stop
// done
