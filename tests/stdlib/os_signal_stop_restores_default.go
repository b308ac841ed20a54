package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

// after Stop, the signal's usual action is back: SIGINT ends the program,
// and what it printed is not lost
func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt)
	signal.Stop(c)
	fmt.Println("before")
	syscall.Kill(os.Getpid(), syscall.SIGINT)
	select {}
}

// Output:
// before
// Exit: 130
