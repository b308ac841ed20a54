package main

import "fmt"

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	if a < 0 {
		return -a
	}
	return a
}

func gcdRec(a, b int) int {
	if b == 0 {
		return a
	}
	return gcdRec(b, a%b)
}

func lcm(a, b int) int {
	return a / gcd(a, b) * b
}

func main() {
	fmt.Println(gcd(48, 18), gcdRec(48, 18))
	fmt.Println(gcd(17, 5), gcd(0, 9), gcd(-12, 8))
	fmt.Println(lcm(4, 6), lcm(21, 6))
	l := 1
	for i := 1; i <= 20; i++ {
		l = lcm(l, i)
	}
	fmt.Println("lcm(1..20) =", l)
	coprime := 0
	for i := 1; i <= 30; i++ {
		if gcd(i, 30) == 1 {
			coprime++
		}
	}
	fmt.Println("phi(30) =", coprime)
}

// Output:
// 6 6
// 1 9 4
// 12 42
// lcm(1..20) = 232792560
// phi(30) = 8
