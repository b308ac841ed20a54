package main

import "fmt"

const Big = 1 << 100
const Small = Big >> 98
const Huge = Big * Big
const Ratio = Huge / Big / Big

func main() {
	fmt.Println(Small)
	fmt.Println(Ratio)
	fmt.Println(Big / (1 << 90))
	var f float64 = Big
	fmt.Println(f > 1e30)
	fmt.Println(Big % 7)
}

// Output:
// 4
// 1
// 1024
// true
// 2
