package main

import "fmt"

func main() {
	s := ""
	for i := 0; i < 5; i++ {
		s += "ab"
	}
	fmt.Println(s, len(s))
	t := "x"
	u := t
	t += "y"
	fmt.Println(t, u)
	w := "go" + "ph" + "er"
	fmt.Println(w)
	digits := ""
	for i := 9; i >= 0; i -= 3 {
		digits = digits + string(rune('0'+i)) + ","
	}
	fmt.Println(digits)
	a := "a"
	a += a
	a += a
	fmt.Println(a)
}

// Output:
// ababababab 10
// xy x
// gopher
// 9,6,3,0,
// aaaa
