package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println("NumCPU > 0:", runtime.NumCPU() > 0)
	p := runtime.GOMAXPROCS(0)
	fmt.Println("GOMAXPROCS(0) > 0:", p > 0)
	fmt.Println("query does not change it:", runtime.GOMAXPROCS(0) == p)
}

// Output:
// NumCPU > 0: true
// GOMAXPROCS(0) > 0: true
// query does not change it: true
