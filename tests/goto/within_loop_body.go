package main

import "fmt"

// Gotos inside one loop body: forward to a label at the body's end (a
// continue: the post statement still runs), and backward within the body.
func main() {
	for i := 0; i < 4; i++ {
		if i%2 == 1 {
			goto next
		}
		fmt.Println("even", i)
	next:
	}
	for _, w := range []string{"ab", "c"} {
		k := 0
	again:
		if k < len(w) {
			fmt.Print(w[k:k+1], ".")
			k++
			goto again
		}
		fmt.Println()
	}
}

// Output:
// even 0
// even 2
// a.b.
// c.
