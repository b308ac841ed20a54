package main

import "fmt"

func main() {
	var a int8 = 0
	var b int16 = 100
	var c int32 = -1
	var d int64 = 1 << 62
	e := -42
	var r rune = 'A'
	fmt.Println(^a, ^b, ^c, ^d, ^e, ^r)
	var m int8 = 127
	fmt.Println(^m, ^(m+1))
	for _, v := range []int{0, 1, -1, 7} {
		fmt.Println(v, ^v, -v-1 == ^v)
	}
}

// Output:
// -1 -101 0 -4611686018427387905 41 -66
// -128 127
// 0 -1 true
// 1 -2 true
// -1 0 true
// 7 -8 true
