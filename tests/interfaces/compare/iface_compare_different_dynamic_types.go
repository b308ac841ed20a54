package main

import "fmt"

type MyInt int

func main() {
	var a interface{} = 1
	var b interface{} = int64(1)
	var c interface{} = MyInt(1)
	var d interface{} = 1.0
	var e interface{} = "1"
	fmt.Println(a == b, a == c, a == d, a == e)
	fmt.Println(b == c, c == MyInt(1), a == 1)
	var f interface{} = uint8(1)
	fmt.Println(f == byte(1), f == 1)
	var s interface{} = []int{1}
	fmt.Println(s == a)
	fmt.Println(a == s)
}

// Output:
// false false false false
// false true true
// true false
// false
// false
