package main

import "fmt"

type Point struct{ X, Y int }

type Celsius float64

func main() {
	var vals []interface{}
	vals = append(vals, 42, -7.5, "text", true, 'x', byte(200))
	vals = append(vals, []int{1, 2}, map[string]int{"a": 1}, Point{1, 2}, &Point{3, 4})
	vals = append(vals, Celsius(36.6), [2]bool{true, false}, nil, uint64(1<<63), struct{}{})
	for _, v := range vals {
		fmt.Printf("%T: %v\n", v, v)
	}
	fmt.Println(len(vals))
}

// Output:
// int: 42
// float64: -7.5
// string: text
// bool: true
// int32: 120
// uint8: 200
// []int: [1 2]
// map[string]int: map[a:1]
// main.Point: {1 2}
// *main.Point: &{3 4}
// main.Celsius: 36.6
// [2]bool: [true false]
// <nil>: <nil>
// uint64: 9223372036854775808
// struct {}: {}
// 15
