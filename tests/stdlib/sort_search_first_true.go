package main

import (
	"fmt"
	"sort"
)

func main() {
	// the smallest n whose square is at least 1000
	n := sort.Search(100, func(i int) bool { return i*i >= 1000 })
	fmt.Println(n, n*n)
	// nothing satisfies: Search returns n
	fmt.Println(sort.Search(10, func(i int) bool { return false }))
	fmt.Println(sort.Search(0, func(i int) bool { return true }))
	// guessing game by bisection
	secret := 37
	calls := 0
	guess := sort.Search(100, func(i int) bool {
		calls++
		return i >= secret
	})
	fmt.Println(guess, calls <= 7)
}

// Output:
// 32 1024
// 10
// 0
// 37 true
