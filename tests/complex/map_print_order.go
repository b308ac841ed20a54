package main

import (
	"fmt"
	"math"
)

// fmt prints complex keys sorted by real part, then imaginary part, NaN
// first.
func main() {
	m := map[complex128]int{3: 1, 1 + 2i: 2, 1 - 2i: 3, -1i: 4, 2i: 5, complex(math.NaN(), 0): 6, complex(math.Inf(-1), 1): 7}
	fmt.Println(m)
	k := map[complex64]bool{1i: true, 0: false, -1: true}
	fmt.Printf("%v %d\n", k, len(k))
}

// Output:
// map[(NaN+0i):6 (-Inf+1i):7 (0-1i):4 (0+2i):5 (1-2i):3 (1+2i):2 (3+0i):1]
// map[(-1+0i):true (0+0i):false (0+1i):true] 3
