package main

import (
	"fmt"
	"math"
)

func main() {
	m := map[interface{}]int{}
	m[0.0] = 1
	m[math.Copysign(0, -1)] = 2
	fmt.Println(len(m), m[0.0])
	nan := math.NaN()
	m[nan] = 3
	m[nan] = 4
	fmt.Println(len(m))
	_, ok := m[nan]
	fmt.Println(ok)
	var a interface{} = nan
	fmt.Println(a == a, nan == nan)
	m[int32(0)] = 5
	fmt.Println(len(m), m[0.0], m[int32(0)])
}

// Output:
// 1 2
// 3
// false
// false false
// 4 2 5
