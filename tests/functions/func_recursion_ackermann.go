package main

import "fmt"

func ack(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func main() {
	for m := 0; m <= 3; m++ {
		for n := 0; n <= 4; n++ {
			fmt.Printf("%4d", ack(m, n))
		}
		fmt.Println()
	}
	fmt.Println(ack(3, 6))
}

// Output:
//    1   2   3   4   5
//    2   3   4   5   6
//    3   5   7   9  11
//    5  13  29  61 125
// 509
