package main

import "fmt"

func main() {
	var f float32 = 0.1
	fmt.Println(f)
	fmt.Println(float64(f))
	var g float32 = 0.5
	fmt.Println(float64(g))
	var h float32 = 1.1
	fmt.Println(float64(h), float64(h) == 1.1)
	d := float64(f) * 10
	fmt.Println(d)
	fmt.Println(float32(float64(f)) == f)
	fmt.Printf("%.10f %.10f\n", f, float64(f))
}

// Output:
// 0.1
// 0.10000000149011612
// 0.5
// 1.100000023841858 false
// 1.0000000149011612
// true
// 0.1000000015 0.1000000015
