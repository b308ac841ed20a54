package main

import "fmt"

func main() {
	for i := 1; i <= 4; i++ {
		for j := 1; j <= 4; j++ {
			fmt.Printf("%3d", i*j)
		}
		fmt.Println()
	}
	pairs := 0
	for a := 1; a < 20; a++ {
		for b := a; b < 20; b++ {
			for c := b; c < 30; c++ {
				if a*a+b*b == c*c {
					fmt.Println(a, b, c)
					pairs++
				}
			}
		}
	}
	fmt.Println(pairs)
}

// Output:
//   1  2  3  4
//   2  4  6  8
//   3  6  9 12
//   4  8 12 16
// 3 4 5
// 5 12 13
// 6 8 10
// 8 15 17
// 9 12 15
// 12 16 20
// 6
