package main

import "fmt"

func main() {
	x := 3.14159265
	fmt.Printf("%f\n", x)
	fmt.Printf("%.2f\n", x)
	fmt.Printf("%.0f\n", x)
	fmt.Printf("%.4f\n", 2.0)
	fmt.Printf("%f\n", -0.5)
	fmt.Printf("%.1f %.1f %.1f\n", 0.25, 0.35, 2.45)
	fmt.Printf("%.0f %.0f %.0f\n", 0.5, 1.5, 2.5)
	fmt.Printf("%f\n", 1e10)
	fmt.Printf("%.3f\n", 1.0/3.0)
}

// Output:
// 3.141593
// 3.14
// 3
// 2.0000
// -0.500000
// 0.2 0.3 2.5
// 0 2 2
// 10000000000.000000
// 0.333
