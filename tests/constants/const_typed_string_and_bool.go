package main

import "fmt"

type Color string

const (
	Red   Color = "red"
	Green Color = "green"
)

type Flag bool

const On Flag = true

func main() {
	fmt.Println(Red, Green, Red+"-"+Green)
	fmt.Printf("%T %q\n", Red, Red)
	fmt.Println(len(Green), Green[0])
	fmt.Println(On, !On)
	fmt.Printf("%T\n", On)
	const greeting = "hi" + " " + "there"
	fmt.Println(greeting, len(greeting))
	var s string = string(Red)
	fmt.Println(s == "red", Red < Green)
}

// Output:
// red green red-green
// main.Color "red"
// 5 103
// true false
// main.Flag
// hi there 8
// true false
