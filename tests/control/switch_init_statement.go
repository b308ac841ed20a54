package main

import "fmt"

func main() {
	for i := 0; i < 4; i++ {
		switch sq := i * i; sq {
		case 0:
			fmt.Println("zero")
		case 1, 4:
			fmt.Println("small square", sq)
		default:
			fmt.Println("big square", sq)
		}
	}
	switch n := 7; {
	case n > 5:
		fmt.Println("n > 5", n)
	default:
		fmt.Println("n small")
	}
	s := "outer"
	switch s := "inner"; s {
	case "inner":
		fmt.Println("matched", s)
	}
	fmt.Println(s)
}

// Output:
// zero
// small square 1
// small square 4
// big square 9
// n > 5 7
// matched inner
// outer
