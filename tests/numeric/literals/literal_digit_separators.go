package main

import "fmt"

func main() {
	fmt.Println(1_000_000)
	fmt.Println(0x_FF, 0xFF_FF, 0x_dead_beef)
	fmt.Println(0b_1010_1010, 0o_7_7_7)
	fmt.Println(1_2_3_4, 0_7)
	fmt.Println(1_000.000_1, 6.022_140e2_3)
	var x uint64 = 18_446_744_073_709_551_615
	fmt.Println(x)
	var y int32 = -2_147_483_648
	fmt.Println(y)
	fmt.Println(0x_1p-2, 1_0e1_0)
}

// Output:
// 1000000
// 255 65535 3735928559
// 170 511
// 1234 7
// 1000.0001 6.02214e+23
// 18446744073709551615
// -2147483648
// 0.25 1e+11
