package main

import "fmt"

func main() {
	fmt.Println(0.1 + 0.2)
	a, b := 0.1, 0.2
	fmt.Println(a + b)
	fmt.Println(a+b == 0.3)
	c := 0.3
	fmt.Println(c-a == b)
	x := 1.0
	x -= 0.9
	fmt.Println(x)
	fmt.Println(1.0 - 0.9)
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum)
}

// Output:
// 0.3
// 0.30000000000000004
// false
// false
// 0.09999999999999998
// 0.1
// 0.9999999999999999
