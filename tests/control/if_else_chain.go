package main

import "fmt"

func grade(score int) string {
	if score >= 90 {
		return "A"
	} else if score >= 80 {
		return "B"
	} else if score >= 70 {
		return "C"
	} else if score >= 60 {
		return "D"
	} else {
		return "F"
	}
}

func sign(x int) int {
	if x > 0 {
		return 1
	}
	if x < 0 {
		return -1
	}
	return 0
}

func main() {
	for _, s := range []int{95, 90, 85, 72, 60, 59, 0} {
		fmt.Println(s, grade(s))
	}
	fmt.Println(sign(-8), sign(0), sign(3))
}

// Output:
// 95 A
// 90 A
// 85 B
// 72 C
// 60 D
// 59 F
// 0 F
// -1 0 1
