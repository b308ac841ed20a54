package main

import "fmt"

func main() {
	x := complex(1, 2)
	x += 3
	fmt.Println(x)
	x -= 1i
	fmt.Println(x)
	x *= x
	fmt.Println(x)
	x /= 2i
	fmt.Println(x)
	xs := []complex128{1, 2, 3}
	for i := range xs {
		xs[i] *= 1i
	}
	fmt.Println(xs)
	m := map[string]complex64{}
	m["a"] += 1 + 1i
	m["a"] *= 2
	fmt.Println(m)
	var y complex64 = 1
	for i := 0; i < 5; i++ {
		y *= 1 + 1i
	}
	fmt.Println(y)
}

// Output:
// (4+2i)
// (4+1i)
// (15+8i)
// (4-7.5i)
// [(0+1i) (0+2i) (0+3i)]
// map[a:(2+2i)]
// (-4-4i)
