package main

import "fmt"

func main() {
	x := 1
	fmt.Println(x)
	y := 2 z := 3
	fmt.Println(y)
	a := fmt.Sprint(1 2)
	b := 1 + )
	fmt.Println(a, b)
	for i := 0; i < 3; ) {
	}
}

// Error:
// 8:9: syntax error: unexpected z at end of statement
// 10:20: syntax error: unexpected literal 2 in argument list; possibly missing comma or )
// 11:11: syntax error: unexpected ), expecting expression
// 13:21: syntax error: unexpected ), expecting expression
