package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("main's defer runs")
	runtime.Goexit()
}

// Output:
// main's defer runs
// Fatal: no goroutines (main called runtime.Goexit) - deadlock!
