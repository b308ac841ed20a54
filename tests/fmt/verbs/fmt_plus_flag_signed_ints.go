package main

import "fmt"

func main() {
	for _, n := range []int{5, 0, -5} {
		fmt.Printf("%+d|% d|%+5d|%-+5d|%+05d|\n", n, n, n, n, n)
	}
	fmt.Printf("%+v %+v\n", 3, -3)
	fmt.Printf("%+.2f %+g %+e\n", 1.5, 0.0, -1.0)
	var u uint8 = 200
	fmt.Printf("%+d %d\n", u, int8(-128))
}

// Output:
// +5| 5|   +5|+5   |+0005|
// +0| 0|   +0|+0   |+0000|
// -5|-5|   -5|-5   |-0005|
// 3 -3
// +1.50 +0 -1.000000e+00
// +200 -128
