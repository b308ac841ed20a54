package main

import "fmt"

func main() {
	ints := []int{1, -2, 30}
	fmt.Printf("%v|%d|%x|%03d\n", ints, ints, ints, ints)
	fmt.Printf("%#v\n", ints)
	strs := []string{"a", "b c", ""}
	fmt.Printf("%v|%s|%q\n", strs, strs, strs)
	fmt.Printf("%#v\n", strs)
	fl := []float64{1, 0.5, 1e6, 1e21}
	fmt.Printf("%v|%.1f\n", fl, fl)
	fmt.Printf("%#v\n", fl)
	nested := [][]int{{1}, {}, {2, 3}}
	fmt.Println(nested)
	fmt.Printf("%#v\n", nested)
	arr := [3]bool{true}
	fmt.Printf("%v %#v\n", arr, arr)
	anys := []interface{}{1, "a", nil, 2.5}
	fmt.Printf("%v\n%#v\n", anys, anys)
}

// Output:
// [1 -2 30]|[1 -2 30]|[1 -2 1e]|[001 -02 030]
// []int{1, -2, 30}
// [a b c ]|[a b c ]|["a" "b c" ""]
// []string{"a", "b c", ""}
// [1 0.5 1e+06 1e+21]|[1.0 0.5 1000000.0 1000000000000000000000.0]
// []float64{1, 0.5, 1e+06, 1e+21}
// [[1] [] [2 3]]
// [][]int{[]int{1}, []int{}, []int{2, 3}}
// [true false false] [3]bool{true, false, false}
// [1 a <nil> 2.5]
// []interface {}{1, "a", interface {}(nil), 2.5}
