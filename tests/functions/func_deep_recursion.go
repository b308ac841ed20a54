package main

import "fmt"

func sumTo(n int) int {
	if n == 0 {
		return 0
	}
	return n + sumTo(n-1)
}

func depth(n int, acc []int) []int {
	if n == 0 {
		return acc
	}
	return depth(n-1, append(acc, n%7))
}

func main() {
	fmt.Println(sumTo(10000))
	d := depth(5000, nil)
	fmt.Println(len(d), d[0], d[len(d)-1])
	total := 0
	for _, v := range d {
		total += v
	}
	fmt.Println(total)
}

// Output:
// 50005000
// 5000 2 1
// 14997
