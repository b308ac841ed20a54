package main

import "fmt"

var v = "package"

func show() {
	fmt.Println("show sees", v)
}

func main() {
	fmt.Println(v)
	v := "main"
	fmt.Println(v)
	{
		v := "block"
		fmt.Println(v)
		{
			v = "block-modified"
			v := 42
			fmt.Println(v)
		}
		fmt.Println(v)
	}
	fmt.Println(v)
	show()
}

// Output:
// package
// main
// block
// 42
// block-modified
// main
// show sees package
