package main

import "fmt"

func collatzLen(n int, cache map[int]int) int {
	if n == 1 {
		return 1
	}
	if v, ok := cache[n]; ok {
		return v
	}
	var next int
	if n%2 == 0 {
		next = n / 2
	} else {
		next = 3*n + 1
	}
	l := 1 + collatzLen(next, cache)
	cache[n] = l
	return l
}

func main() {
	n := 6
	var seq []int
	for n != 1 {
		seq = append(seq, n)
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
	}
	seq = append(seq, 1)
	fmt.Println(seq)
	cache := map[int]int{}
	best, bestLen := 0, 0
	for i := 1; i < 10000; i++ {
		if l := collatzLen(i, cache); l > bestLen {
			best, bestLen = i, l
		}
	}
	fmt.Println(best, bestLen)
}

// Output:
// [6 3 10 5 16 8 4 2 1]
// 6171 262
