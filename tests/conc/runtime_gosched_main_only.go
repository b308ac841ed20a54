package main

import (
	"fmt"
	"runtime"
)

func main() {
	for i := 0; i < 3; i++ {
		runtime.Gosched()
		fmt.Println("still main", i)
	}
}

// Output:
// still main 0
// still main 1
// still main 2
