package main

import "fmt"

func main() {
	n := uint(1)
	var a int8 = -128
	fmt.Println(a>>n, a>>(n+6), a>>(n+7))
	var b int16 = -100
	fmt.Println(b>>n, b>>(n+1), b>>(n+9))
	var c int32 = -1
	fmt.Println(c>>n, c>>(n+30))
	var d int64 = -9
	fmt.Println(d>>n, d>>(n+1), d>>(n+62))
	e := -1000
	var out []int
	for i := uint(0); i < 4; i++ {
		out = append(out, e>>i)
	}
	fmt.Println(out)
	var f int8 = 64
	fmt.Println(f>>n, f>>(n+6))
}

// Output:
// -64 -1 -1
// -50 -25 -1
// -1 -1
// -5 -3 -1
// [-1000 -500 -250 -125]
// 32 0
