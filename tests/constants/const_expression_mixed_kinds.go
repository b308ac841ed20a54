package main

import (
	"fmt"
	"math"
)

const (
	KB      = 1024
	Ratio   = KB / 1000.0
	Steps   = 10
	StepLen = 1.0 / Steps
	Bits    = 8 * KB
	Mask    = Bits - 1
	Angle   = math.Pi / 4
)

func main() {
	fmt.Println(KB, Ratio, Steps, StepLen)
	fmt.Println(Bits, Mask, Mask&0xF0)
	fmt.Println(Angle, math.Sin(Angle)*math.Sin(Angle))
	var n int = KB * Steps
	var f float32 = Ratio * Steps
	fmt.Println(n, f)
	const cmp = KB > 1000 && Ratio < 2
	fmt.Println(cmp, !cmp)
	const s = "k" + "b"
	fmt.Println(s, len(s)*KB)
}

// Output:
// 1024 1.024 10 0.1
// 8192 8191 240
// 0.7853981633974483 0.4999999999999999
// 10240 10.24
// true false
// kb 2048
