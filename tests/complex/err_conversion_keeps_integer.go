package main

import "fmt"

// go/types rounds the constant to an integer before its range check and
// reports the rounded value: 1000, not (1000 + 0i).
func main() {
	fmt.Println(int8(1000+0i), int(1.5+0i))
}

// Error:
// 8:19: cannot convert 1000 + 0i (untyped complex constant 1000) to type int8
// 8:33: cannot convert 1.5 + 0i (untyped complex constant (1.5 + 0i)) to type int
