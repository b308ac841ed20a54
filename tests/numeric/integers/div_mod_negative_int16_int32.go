package main

import "fmt"

func main() {
	var a int16 = -32768
	var b int16 = 10
	fmt.Println(a/b, a%b)
	var c int16 = -1234
	fmt.Println(c/100, c%100, c/-100, c%-100)
	var d int32 = -2147483648
	var e int32 = 1000
	fmt.Println(d/e, d%e)
	var f int32 = -17
	var g int32 = 5
	fmt.Println(f/g, f%g, f/-g, f%-g)
	var r rune = -100
	fmt.Println(r/7, r%7)
}

// Output:
// -3276 -8
// -12 -34 12 -34
// -2147483 -648
// -3 -2 3 -2
// -14 -2
