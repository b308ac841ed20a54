package main

import "fmt"

func level(n int) {
	defer fmt.Println("leave", n)
	fmt.Println("enter", n)
	if n < 3 {
		level(n + 1)
	}
	fmt.Println("back in", n)
}

func main() {
	level(1)
	fmt.Println("done")
}

// Output:
// enter 1
// enter 2
// enter 3
// back in 3
// leave 3
// back in 2
// leave 2
// back in 1
// leave 1
// done
