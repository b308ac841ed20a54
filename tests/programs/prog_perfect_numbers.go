package main

import "fmt"

func divisorSum(n int) int {
	if n < 2 {
		return 0
	}
	s := 1
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			s += d
			if d != n/d {
				s += n / d
			}
		}
	}
	return s
}

func main() {
	var perfect []int
	abundant, deficient := 0, 0
	for n := 2; n <= 10000; n++ {
		s := divisorSum(n)
		switch {
		case s == n:
			perfect = append(perfect, n)
		case s > n:
			abundant++
		default:
			deficient++
		}
	}
	fmt.Println(perfect)
	fmt.Println(abundant, deficient)
	for a := 2; a < 1500; a++ {
		b := divisorSum(a)
		if b > a && divisorSum(b) == a {
			fmt.Println("amicable", a, b)
		}
	}
}

// Output:
// [6 28 496 8128]
// 2488 7507
// amicable 220 284
// amicable 1184 1210
