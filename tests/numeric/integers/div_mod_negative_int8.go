package main

import "fmt"

func main() {
	var a int8 = -7
	var b int8 = 2
	fmt.Println(a/b, a%b)
	fmt.Println(-a/b, -a%b)
	fmt.Println(a/-b, a%-b)
	fmt.Println(-a/-b, -a%-b)
	var c int8 = -128
	var d int8 = 7
	fmt.Println(c/d, c%d)
	fmt.Println(c/-d, c%-d)
	var e int8 = 127
	fmt.Println(e/-d, e%-d)
}

// Output:
// -3 -1
// 3 1
// 3 -1
// -3 1
// -18 -2
// 18 -2
// -18 1
