package main

import "fmt"

func main() {
	vals := []float64{2.9, -2.9, 0.5, -0.5, 7.0, 1e9 + 0.75}
	for _, v := range vals {
		fmt.Println(v, int(v))
	}
	n := 7
	fmt.Println(float64(n) / 2)
	fmt.Println(n / 2)
	fmt.Println(float64(n / 2))
	f := float64(n)
	fmt.Printf("%T %v\n", f, f)
	avg := float64(1+2+4) / float64(3)
	fmt.Printf("%.3f\n", avg)
	fmt.Println(int(avg * 100))
}

// Output:
// 2.9 2
// -2.9 -2
// 0.5 0
// -0.5 0
// 7 7
// 1.00000000075e+09 1000000000
// 3.5
// 3
// 3
// float64 7
// 2.333
// 233
