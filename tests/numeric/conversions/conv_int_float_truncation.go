package main

import "fmt"

func main() {
	f := 3.99
	fmt.Println(int(f))
	g := -3.99
	fmt.Println(int(g))
	n := 7
	fmt.Println(float64(n) / 2)
	fmt.Println(n / 2)
	fmt.Println(float64(n/2) * 2)
	avg := float64(10+11+12) / float64(3)
	fmt.Println(avg)
	fmt.Printf("%T %T\n", int(f), float64(n))
	h := 2.5
	fmt.Println(int(h*2), int(h)*2)
	fmt.Println(float64(1) / 8)
}

// Output:
// 3
// -3
// 3.5
// 3
// 6
// 11
// int float64
// 5 4
// 0.125
