package main

import "fmt"

func main() {
	a := [3]int{1, 2, 3}
	b := [...]int{1, 2, 3}
	c := [3]int{1, 2, 4}
	fmt.Println(a == b, a != b)
	fmt.Println(a == c, a != c)
	s1 := [2]string{"go", "sh"}
	s2 := [2]string{"go", "sh"}
	fmt.Println(s1 == s2)
	s2[1] = "SH"
	fmt.Println(s1 == s2)
	g1 := [2][2]int{{1, 2}, {3, 4}}
	g2 := [2][2]int{{1, 2}, {3, 4}}
	fmt.Println(g1 == g2)
	g2[1][0] = 0
	fmt.Println(g1 == g2, g1[0] == g2[0])
}

// Output:
// true false
// false true
// true
// false
// true
// false true
