package main

import "fmt"

func main() {
	x := 5
	fmt.Println(float64(x) / (1 << 62))
	fmt.Println(float64(x)*(1<<3), float64(x)+(1<<3))
	var f float32 = 2
	fmt.Println(f * (1 << 4))
	fmt.Println(float64(x)/(4), float64(x)/(2+2), float64(x)/((1 << 2)))
	y := 1.5
	fmt.Println(y*(1<<2), y-((3)))
	var i interface{} = (7)
	fmt.Printf("%T %v\n", i, i)
}

// Output:
// 1.0842021724855044e-18
// 40 13
// 32
// 1.25 1.25 1.25
// 6 -1.5
// int 7
