package main

import (
	"fmt"
	"os"
)

func main() {
	for i := 1; i <= 5; i++ {
		fmt.Println(i)
		if i == 2 {
			os.Exit(0)
		}
	}
	fmt.Println("never")
}

// Output:
// 1
// 2
