package main

import "fmt"

func dayName(d int) string {
	switch d {
	case 0:
		return "Sunday"
	case 6:
		return "Saturday"
	case 1:
		return "Monday"
	}
	return "weekday"
}

func main() {
	for d := 0; d < 7; d++ {
		fmt.Println(d, dayName(d))
	}
	x := 5
	switch x * 2 {
	case 5:
		fmt.Println("five")
	case 10:
		fmt.Println("ten")
	default:
		fmt.Println("other")
	}
}

// Output:
// 0 Sunday
// 1 Monday
// 2 weekday
// 3 weekday
// 4 weekday
// 5 weekday
// 6 Saturday
// ten
