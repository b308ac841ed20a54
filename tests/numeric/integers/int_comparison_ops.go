package main

import "fmt"

func main() {
	a, b := 3, 7
	fmt.Println(a == b, a != b, a < b, a <= b, a > b, a >= b)
	fmt.Println(a == 3, b >= 7, -a < -b)
	x, y := 2.5, 2.5
	fmt.Println(x == y, x < y, x <= y)
	fmt.Println("abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a")
	fmt.Println(true == false, true != false)
	var r1, r2 rune = 'a', 'b'
	fmt.Println(r1 < r2, r1+1 == r2)
}

// Output:
// false true true true false false
// true true false
// true false true
// true false true true
// false true
// true true
