package main

import "fmt"

type Point struct{ X, Y int }

func describe(v interface{}) string {
	switch x := v.(type) {
	case int:
		return fmt.Sprintf("int %d doubled=%d", x, x*2)
	case string:
		return fmt.Sprintf("string %q len=%d", x, len(x))
	case bool:
		return fmt.Sprintf("bool negated=%v", !x)
	case float64:
		return fmt.Sprintf("float64 half=%g", x/2)
	case []int:
		return fmt.Sprintf("[]int sum of first two=%d", x[0]+x[1])
	case Point:
		return fmt.Sprintf("Point X+Y=%d", x.X+x.Y)
	case *Point:
		x.X = 0
		return fmt.Sprintf("*Point zeroed=%v", *x)
	}
	return "unknown"
}

func main() {
	vals := []interface{}{21, "héllo", true, 5.0, []int{3, 4}, Point{1, 2}, &Point{7, 8}, 'c'}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
}

// Output:
// int 21 doubled=42
// string "héllo" len=6
// bool negated=false
// float64 half=2.5
// []int sum of first two=7
// Point X+Y=3
// *Point zeroed={0 8}
// unknown
