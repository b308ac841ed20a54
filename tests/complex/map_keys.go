package main

import (
	"fmt"
	"math"
)

// Complex map keys: +0 and -0 are one key, a NaN key is never found and
// every NaN insert adds an entry.
func main() {
	m := map[complex128]string{1i: "i", 1: "one"}
	m[complex(1, 0)] = "uno"
	fmt.Println(len(m), m[1], m[1i], m[2])
	zero := 0.0
	m[complex(zero, zero)] = "zero"
	m[complex(-zero, -zero)] = "minus zero"
	fmt.Println(len(m), m[0])
	nan := complex(math.NaN(), 1)
	m[nan] = "a"
	m[nan] = "b"
	_, ok := m[nan]
	fmt.Println(len(m), ok)
	delete(m, nan)
	delete(m, 1i)
	fmt.Println(len(m))
	c := map[complex64]int{}
	for i := 0; i < 100; i++ {
		c[complex(float32(i%10), float32(i%3))]++
	}
	fmt.Println(len(c), c[complex(3, 0)])
}

// Output:
// 2 uno i 
// 3 minus zero
// 5 false
// 4
// 30 4
