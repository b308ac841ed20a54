package main

import "fmt"

func main() {
	var p *[5]int
	fmt.Println(p == nil)
	fmt.Println(len(p), cap(p))
	n := 0
	for i := range p {
		n += i
	}
	fmt.Println(n)
	p = &[5]int{1, 2, 3, 4, 5}
	sum := 0
	for _, v := range p {
		sum += v
	}
	fmt.Println(sum, len(p))
}

// Output:
// true
// 5 5
// 10
// 15 5
