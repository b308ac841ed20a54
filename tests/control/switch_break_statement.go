package main

import "fmt"

func main() {
	for _, n := range []int{1, 2, 3} {
		switch {
		case n > 0:
			if n == 2 {
				break
			}
			fmt.Println("positive", n)
		}
	}
	x := 0
	switch x {
	case 0:
		x = 10
		if x > 5 {
			break
		}
		x = 20
	}
	fmt.Println(x)
}

// Output:
// positive 1
// positive 3
// 10
