package main

import "fmt"

func main() {
	var a [4]int
	for i := 0; i < 10; i++ {
		a[i%4] += i
	}
	fmt.Println(a)
	a[0] *= 3
	a[1] -= 100
	a[2] /= 2
	a[3] %= 4
	fmt.Println(a)
	a[0]++
	a[1]--
	fmt.Println(a)
	var f [2]float64
	f[0] += 1.5
	f[1] -= 0.25
	fmt.Println(f)
}

// Output:
// [12 15 8 10]
// [36 -85 4 2]
// [37 -86 4 2]
// [1.5 -0.25]
