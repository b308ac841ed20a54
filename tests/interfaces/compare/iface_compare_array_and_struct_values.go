package main

import "fmt"

type Pair struct {
	K string
	V interface{}
}

func main() {
	var a interface{} = Pair{"x", 1}
	var b interface{} = Pair{"x", 1}
	var c interface{} = Pair{"x", int8(1)}
	fmt.Println(a == b, a == c)
	arr1 := [2]interface{}{1, "a"}
	arr2 := [2]interface{}{1, "a"}
	fmt.Println(arr1 == arr2)
	arr2[1] = 'a'
	fmt.Println(arr1 == arr2)
	d := Pair{"y", []int{1}}
	e := Pair{"z", []int{1}}
	fmt.Println(d == e)
	e.K = "y"
	fmt.Println("comparing pairs holding slices")
	fmt.Println(d == e)
}

// Output:
// true false
// true
// false
// false
// comparing pairs holding slices
// Panic: runtime error: comparing uncomparable type []int
