package main

import "fmt"

func main() {
	fmt.Printf("%v\n", []int{1, 2, 3})
	fmt.Printf("%v\n", [][]int{{1, 2}, {}, {3}})
	fmt.Printf("%v\n", []string{"a", "", "c"})
	var nilSlice []int
	fmt.Printf("%v\n", nilSlice)
	fmt.Printf("[%v]\n", "")
	fmt.Printf("%v %v\n", true, false)
	fmt.Printf("%v\n", map[string]int{"b": 2, "a": 1})
	fmt.Printf("%v\n", map[string][]string{"k": {"x", "y"}})
	fmt.Printf("%v\n", []bool{})
	fmt.Printf("%v\n", [][]string{nil, {"z"}})
	fmt.Printf("%v %v\n", 'x', byte('x'))
}

// Output:
// [1 2 3]
// [[1 2] [] [3]]
// [a  c]
// []
// []
// true false
// map[a:1 b:2]
// map[k:[x y]]
// []
// [[] [z]]
// 120 120
