package main

import "fmt"

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
	PB
	EB
	ZB
	YB
)

func main() {
	fmt.Println(KB, MB, GB)
	fmt.Println(TB, PB)
	fmt.Println(EB, ZB, YB)
	fmt.Println(YB / ZB)
	fmt.Printf("%T\n", YB)
	const n = 1 << 80
	fmt.Println(n / (1 << 70))
}

// Output:
// 1024 1.048576e+06 1.073741824e+09
// 1.099511627776e+12 1.125899906842624e+15
// 1.152921504606847e+18 1.1805916207174113e+21 1.2089258196146292e+24
// 1024
// main.ByteSize
// 1024
