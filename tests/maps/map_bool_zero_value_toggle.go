package main

import "fmt"

func main() {
	on := map[int]bool{}
	for i := 1; i <= 10; i++ {
		for j := i; j <= 10; j += i {
			on[j] = !on[j]
		}
	}
	var lit []int
	for i := 1; i <= 10; i++ {
		if on[i] {
			lit = append(lit, i)
		}
	}
	fmt.Println(lit)
	fmt.Println(len(on))
	fmt.Println(on[4], on[5], on[11])
}

// Output:
// [1 4 9]
// 10
// true false false
