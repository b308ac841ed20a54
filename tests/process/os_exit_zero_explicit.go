package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("start")
	for i := 0; i < 3; i++ {
		fmt.Println("step", i)
		if i == 1 {
			os.Exit(0)
		}
	}
	fmt.Println("not reached")
}

// Output:
// start
// step 0
// step 1
