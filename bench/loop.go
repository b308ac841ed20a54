// loop: nested integer loops with arithmetic and a branch. Measures the
// interpreter's basic dispatch: loop counters, compare, mul, mod, add.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	n := 12000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	sum := 0
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			x := (i * j) % 7
			if x > 3 {
				sum += x
			} else {
				sum -= 1
			}
		}
	}
	fmt.Printf("loop(%d) = %d\n", n, sum)
}
