package main

import "fmt"

func search(xs []int, target int) int {
	lo, hi := 0, len(xs)-1
	for lo <= hi {
		mid := lo + (hi-lo)/2
		switch {
		case xs[mid] == target:
			return mid
		case xs[mid] < target:
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return -(lo + 1)
}

func main() {
	xs := []int{2, 3, 5, 7, 11, 13, 17, 19, 23, 29}
	for _, t := range []int{2, 29, 13, 1, 4, 30, 20} {
		fmt.Println(t, search(xs, t))
	}
	var squares []int
	for i := 0; i < 1000; i++ {
		squares = append(squares, i*i)
	}
	fmt.Println(search(squares, 998001), search(squares, 998000))
	fmt.Println(search(nil, 5))
}

// Output:
// 2 0
// 29 9
// 13 5
// 1 -1
// 4 -3
// 30 -11
// 20 -9
// 999 -1000
// -1
