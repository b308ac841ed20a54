package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	fmt.Println(len(s))
	{
		len := 3
		fmt.Println(len * 2)
		cap := func(x []int) string { return "custom cap" }
		fmt.Println(cap(s))
	}
	fmt.Println(len(s), cap(s))
	append := "not a builtin"
	fmt.Println(append)
	new := 5
	make := new * 2
	fmt.Println(new, make)
	copy := len(s)
	fmt.Println(copy)
}

// Output:
// 3
// 6
// custom cap
// 3 3
// not a builtin
// 5 10
// 3
