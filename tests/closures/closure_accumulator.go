package main

import "fmt"

func accumulator(start float64) func(float64) float64 {
	total := start
	return func(x float64) float64 {
		total += x
		return total
	}
}

func averager() func(int) float64 {
	sum, n := 0, 0
	return func(x int) float64 {
		sum += x
		n++
		return float64(sum) / float64(n)
	}
}

func main() {
	acc := accumulator(10)
	fmt.Println(acc(5))
	fmt.Println(acc(2.5))
	fmt.Println(acc(-17.5))
	avg := averager()
	for _, x := range []int{4, 8, 3, 1} {
		fmt.Println(avg(x))
	}
}

// Output:
// 15
// 17.5
// 0
// 4
// 6
// 5
// 4
