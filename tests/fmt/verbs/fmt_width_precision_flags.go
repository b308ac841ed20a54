package main

import "fmt"

func main() {
	fmt.Printf("%08.3f|\n", 3.14159)
	fmt.Printf("%08.3f|\n", -3.14159)
	fmt.Printf("%6.2f|\n", 2.0)
	fmt.Printf("%-8.2f|\n", 2.0)
	fmt.Printf("%+.1f|% .1f|\n", 2.25, 2.25)
	fmt.Printf("%-10s|\n", "left")
	fmt.Printf("%10s|\n", "right")
	fmt.Printf("%.3s|\n", "truncate")
	fmt.Printf("%8.3s|\n", "truncate")
	fmt.Printf("%5d|%-5d|%05d|\n", 42, 42, 42)
	fmt.Printf("%05d|\n", -42)
	fmt.Printf("%.0f %.0f %.0f\n", 0.5, 1.5, 2.5)
	fmt.Printf("%6.3v|\n", 3.14159)
	fmt.Printf("%.2f\n", 1.005)
}

// Output:
// 0003.142|
// -003.142|
//   2.00|
// 2.00    |
// +2.2| 2.2|
// left      |
//      right|
// tru|
//      tru|
//    42|42   |00042|
// -0042|
// 0 2 2
//   3.14|
// 1.00
