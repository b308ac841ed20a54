package main

import "fmt"

func main() {
	base := make([]int, 3, 10)
	base[0], base[1], base[2] = 1, 2, 3
	a := append(base, 4)
	b := append(base, 5)
	fmt.Println(base, a, b)
	fmt.Println(len(base), len(a), len(b))
	a[0] = 99
	fmt.Println(base[0], b[0])
	c := base[:2]
	c = append(c, 77)
	fmt.Println(base, c)
}

// Output:
// [1 2 3] [1 2 3 5] [1 2 3 5]
// 3 4 4
// 99 99
// [99 2 77] [99 2 77]
