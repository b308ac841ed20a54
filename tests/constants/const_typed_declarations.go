package main

import "fmt"

const Count int = 10
const Ratio float64 = 2
const Name string = "gosh"
const Flag bool = true

type Celsius float64

const Boiling Celsius = 100

func main() {
	fmt.Println(Count, Ratio, Name, Flag)
	fmt.Printf("%T %T %T %T\n", Count, Ratio, Name, Flag)
	fmt.Printf("%T %v\n", Boiling, Boiling)
	fmt.Println(Ratio / 4)
	fmt.Println(Count / 4)
	fmt.Println(Boiling/3 > 33)
}

// Output:
// 10 2 gosh true
// int float64 string bool
// main.Celsius 100
// 0.5
// 2
// true
