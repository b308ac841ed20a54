package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	i := 0
	i, s[i] = 1, 9
	fmt.Println(i, s)

	m := map[string]int{}
	k := "a"
	k, m[k] = "b", 5
	fmt.Println(k, m["a"], m["b"])

	t := []int{0, 0, 0}
	j := 2
	t[j], j = 7, 0
	fmt.Println(t, j)
}

// Output:
// 1 [9 2 3]
// b 5 0
// [0 0 7] 0
