package main

import "fmt"

type Level int

const (
	Debug Level = iota - 1
	Info
	Warn
	Error
)

type Code uint8

const Max Code = 255

func main() {
	fmt.Println(Debug, Info, Warn, Error)
	fmt.Printf("%T %v %d\n", Warn, Warn, Warn)
	var l Level = 7
	fmt.Println(l > Error, l-Error)
	c := Max
	c++
	fmt.Println(c, Max)
	fmt.Printf("%T %T\n", c, Level(3)+Info)
}

// Output:
// -1 0 1 2
// main.Level 1 1
// true 5
// 0 255
// main.Code main.Level
