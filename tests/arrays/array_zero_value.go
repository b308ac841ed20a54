package main

import "fmt"

type P struct {
	A int
	B string
}

func main() {
	var ints [3]int
	var strs [2]string
	var bools [2]bool
	var floats [2]float64
	var slices [2][]int
	var structs [2]P
	fmt.Println(ints, bools, floats)
	fmt.Printf("%q\n", strs)
	fmt.Println(slices[0] == nil, slices[1] == nil, len(slices))
	fmt.Println(structs)
	fmt.Printf("%+v\n", structs)
	fmt.Println(ints == [3]int{}, structs == [2]P{})
}

// Output:
// [0 0 0] [false false] [0 0]
// ["" ""]
// true true 2
// [{0 } {0 }]
// [{A:0 B:} {A:0 B:}]
// true true
