package main

import "fmt"

func main() {
	count := 0
a:
	for i := 0; i < 3; i++ {
	b:
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				count++
				if k == 1 && j == 0 {
					continue b
				}
				if j == 2 {
					continue a
				}
				if i == 2 && j == 1 {
					break a
				}
				if k == 2 {
					break b
				}
				fmt.Println(i, j, k)
			}
		}
	}
	fmt.Println("iterations", count)
}

// Output:
// 0 0 0
// 0 1 0
// 0 1 1
// 1 0 0
// 1 1 0
// 1 1 1
// 2 0 0
// iterations 13
