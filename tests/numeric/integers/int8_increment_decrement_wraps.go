package main

import "fmt"

func main() {
	var x int8 = 125
	for i := 0; i < 5; i++ {
		x++
		fmt.Println(x)
	}
	var y int8 = -126
	for i := 0; i < 4; i++ {
		y--
		fmt.Println(y)
	}
	var z int8 = 120
	z += 10
	fmt.Println(z)
	z -= 10
	fmt.Println(z)
}

// Output:
// 126
// 127
// -128
// -127
// -126
// -127
// -128
// 127
// 126
// -126
// 120
