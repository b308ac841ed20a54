package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5}
	sub := base[1:4]
	sub[0] = 100
	fmt.Println(base, sub)
	fmt.Println(len(sub), cap(sub))
	sub = append(sub, 200)
	fmt.Println(base, sub)
	other := make([]int, 2, 2)
	grown := append(other, 9)
	grown[0] = 5
	fmt.Println(other, grown)
	x := base[:2]
	y := base[:2]
	x = append(x, -1)
	y = append(y, -2)
	fmt.Println(x[2], y[2], base[2])
}

// Output:
// [0 100 2 3 4 5] [100 2 3]
// 3 5
// [0 100 2 3 200 5] [100 2 3 200]
// [0 0] [5 0 9]
// -2 -2 -2
