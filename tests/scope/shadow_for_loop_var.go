package main

import "fmt"

func main() {
	i := 100
	for i := 0; i < 3; i++ {
		i := i * 10
		fmt.Println("body", i)
	}
	fmt.Println("after", i)
	sum := 0
	for _, sum := range []int{1, 2, 3} {
		sum++
		_ = sum
	}
	fmt.Println("sum", sum)
	n := 0
	for j := 0; j < 4; j++ {
		n := n + j
		fmt.Println("n", n)
	}
	fmt.Println("n after", n)
}

// Output:
// body 0
// body 10
// body 20
// after 100
// sum 0
// n 0
// n 1
// n 2
// n 3
// n after 0
