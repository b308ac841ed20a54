package main

import "fmt"

func pow(b, e int) int {
	r := 1
	for ; e > 0; e-- {
		r *= b
	}
	return r
}

func isArmstrong(n int) bool {
	digits := 0
	for t := n; t > 0; t /= 10 {
		digits++
	}
	sum := 0
	for t := n; t > 0; t /= 10 {
		sum += pow(t%10, digits)
	}
	return sum == n
}

func main() {
	var found []int
	for i := 1; i < 100000; i++ {
		if isArmstrong(i) {
			found = append(found, i)
		}
	}
	fmt.Println(found)
	fmt.Println(len(found), pow(2, 40), pow(7, 0))
}

// Output:
// [1 2 3 4 5 6 7 8 9 153 370 371 407 1634 8208 9474 54748 92727 93084]
// 19 1099511627776 1
