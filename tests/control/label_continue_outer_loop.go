package main

import "fmt"

func main() {
	var primes []int
next:
	for n := 2; n < 30; n++ {
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				continue next
			}
		}
		primes = append(primes, n)
	}
	fmt.Println(primes)
rows:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j > i {
				continue rows
			}
			fmt.Println(i, j)
		}
	}
}

// Output:
// [2 3 5 7 11 13 17 19 23 29]
// 0 0
// 1 0
// 1 1
// 2 0
// 2 1
// 2 2
