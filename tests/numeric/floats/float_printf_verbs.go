package main

import "fmt"

func main() {
	pi := 3.14159265
	fmt.Printf("%f\n", pi)
	fmt.Printf("%.2f\n", pi)
	fmt.Printf("%.0f\n", pi)
	fmt.Printf("%8.3f|\n", pi)
	fmt.Printf("%-8.1f|\n", pi)
	fmt.Printf("%v\n", pi)
	fmt.Printf("%.2f\n", 2.675)
	fmt.Printf("%.1f %.1f\n", 0.25, 0.35)
	fmt.Printf("%f\n", 1e10)
	fmt.Printf("%.3f\n", -0.0005)
	fmt.Println(fmt.Sprintf("%.2f", 10.0/3))
}

// Output:
// 3.141593
// 3.14
// 3
//    3.142|
// 3.1     |
// 3.14159265
// 2.67
// 0.2 0.3
// 10000000000.000000
// -0.001
// 3.33
