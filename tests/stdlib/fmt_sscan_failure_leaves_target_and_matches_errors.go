package main

import "fmt"

func main() {
	a := 7
	n, err := fmt.Sscan("abc", &a)
	fmt.Println(n, err, a)
	var f float64 = 1.5
	n, err = fmt.Sscan("x", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscan("99999999999999999999", &a)
	fmt.Println(n, err, a)
	var i8 int8 = 3
	n, err = fmt.Sscan("300", &i8)
	fmt.Println(n, err, i8)
	var u8 uint8 = 4
	n, err = fmt.Sscan("256", &u8)
	fmt.Println(n, err, u8)
	var b bool = true
	n, err = fmt.Sscan("maybe", &b)
	fmt.Println(n, err, b)
	n, err = fmt.Sscan("-12 2.5e3", &a, &f)
	fmt.Println(n, err, a, f)
}

// Output:
// 0 expected integer 7
// 0 strconv.ParseFloat: parsing "": invalid syntax 1.5
// 0 strconv.ParseInt: parsing "99999999999999999999": value out of range 7
// 0 integer overflow on token 300 3
// 0 unsigned integer overflow on token 256 4
// 1 <nil> false
// 2 <nil> -12 2500
