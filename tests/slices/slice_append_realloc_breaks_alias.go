package main

import "fmt"

func main() {
	base := []int{1, 2, 3}
	fmt.Println(len(base), cap(base))
	grown := append(base, 4)
	grown[0] = 100
	fmt.Println(base, grown)
	full := make([]int, 2, 2)
	x := append(full, 9)
	x[1] = 42
	fmt.Println(full, x)
	s := base[0:2:2]
	s = append(s, 50)
	fmt.Println(base, s)
}

// Output:
// 3 3
// [1 2 3] [100 2 3 4]
// [0 0] [0 42 9]
// [1 2 3] [1 2 50]
