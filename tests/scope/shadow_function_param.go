package main

import "fmt"

func f(x int) int {
	fmt.Println("param", x)
	{
		x := x * 2
		fmt.Println("shadow", x)
	}
	x++
	return x
}

func len2(len int) int {
	return len * 2
}

func main() {
	fmt.Println(f(5))
	fmt.Println(len2(21))
	fmt.Println(len("abc"))
	true := false
	fmt.Println(true, !true)
}

// Output:
// param 5
// shadow 10
// 6
// 42
// 3
// false true
