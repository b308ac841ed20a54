package main

import "fmt"

func main() {
	x := 1
	fmt.Println(x<<0, x<<1, x<<10, x<<62)
	fmt.Println(x << 63)
	s := 64
	fmt.Println(x<<s, x<<(s+5))
	n := -16
	fmt.Println(n>>1, n>>2, n>>4, n>>10)
	fmt.Println(n>>s, n<<2)
	p := 1000
	fmt.Println(p>>3, p>>s)
	var b byte = 0x81
	fmt.Println(b<<1, b>>1)
	k := 3
	fmt.Println(5<<k, 40>>k)
}

// Output:
// 1 2 1024 4611686018427387904
// -9223372036854775808
// 0 0
// -8 -4 -1 -1
// -1 -64
// 125 0
// 2 64
// 40 5
