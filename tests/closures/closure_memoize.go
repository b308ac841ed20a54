package main

import "fmt"

func memoize(f func(int) int) (func(int) int, func() int) {
	cache := map[int]int{}
	misses := 0
	return func(n int) int {
			if v, ok := cache[n]; ok {
				return v
			}
			misses++
			v := f(n)
			cache[n] = v
			return v
		}, func() int {
			return misses
		}
}

func main() {
	slowSquare := func(n int) int { return n * n }
	sq, misses := memoize(slowSquare)
	fmt.Println(sq(4), sq(4), sq(5), sq(4))
	fmt.Println("misses:", misses())
	var fib func(int) int
	var fibMisses func() int
	fib, fibMisses = memoize(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(80))
	fmt.Println("fib misses:", fibMisses())
}

// Output:
// 16 16 25 16
// misses: 2
// 23416728348467685
// fib misses: 81
