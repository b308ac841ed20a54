package main

import "fmt"

type Histogram map[int]int

func build(xs []int) Histogram {
	h := Histogram{}
	for _, x := range xs {
		h[x/10*10]++
	}
	return h
}

func main() {
	h := build([]int{3, 15, 17, 22, 9, 41, 40, 11})
	fmt.Println(h)
	fmt.Println(len(h), h[10], h[30])
	fmt.Printf("%T\n", h)
	for b := 0; b <= 40; b += 10 {
		bar := ""
		for i := 0; i < h[b]; i++ {
			bar += "#"
		}
		fmt.Printf("%2d|%s\n", b, bar)
	}
}

// Output:
// map[0:2 10:3 20:1 40:2]
// 4 3 0
// main.Histogram
//  0|##
// 10|###
// 20|#
// 30|
// 40|##
