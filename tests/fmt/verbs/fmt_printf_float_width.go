package main

import "fmt"

func main() {
	fmt.Printf("[%8.3f]\n", 3.14159)
	fmt.Printf("[%-8.3f]\n", 3.14159)
	fmt.Printf("[%08.3f]\n", 3.14159)
	fmt.Printf("[%08.3f]\n", -3.14159)
	fmt.Printf("[%6.2f]\n", 1234.5678)
	fmt.Printf("[%10f]\n", 1.5)
	fmt.Printf("[%5.1f]\n", -0.04)
	for _, v := range []float64{1, 22.5, 333.125} {
		fmt.Printf("%7.2f|\n", v)
	}
}

// Output:
// [   3.142]
// [3.142   ]
// [0003.142]
// [-003.142]
// [1234.57]
// [  1.500000]
// [ -0.0]
//    1.00|
//   22.50|
//  333.12|
