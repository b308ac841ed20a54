package main

import "fmt"

func check(x int) string {
	switch x {
	case 1:
		return "one"
	default:
		return "default"
	case 2:
		return "two"
	case 3:
		return "three"
	}
}

func main() {
	for i := 0; i <= 4; i++ {
		fmt.Println(i, check(i))
	}
	switch y := 9; {
	default:
		fmt.Println("default first")
	case y > 5:
		fmt.Println("y > 5")
	}
	switch 2 {
	case 1:
		fmt.Println("1")
	default:
		fmt.Println("d")
		fallthrough
	case 3:
		fmt.Println("3 via fallthrough")
	}
}

// Output:
// 0 default
// 1 one
// 2 two
// 3 three
// 4 default
// y > 5
// d
// 3 via fallthrough
