package main

import "fmt"

type T struct{ v int }

func main() {
	var x int = 5
	{
		int := "shadowed int"
		fmt.Println(int)
		string := 3.5
		fmt.Println(string * 2)
	}
	var y int = x + 1
	fmt.Println(y)
	t := T{1}
	{
		T := 10
		fmt.Println(T, t.v)
	}
	fmt.Printf("%T\n", T{2})
	error := "not the interface"
	fmt.Println(error)
}

// Output:
// shadowed int
// 7
// 6
// 10 1
// main.T
// not the interface
