package main

import "fmt"

type Celsius float64
type Fahrenheit float64
type Meters int

func toF(c Celsius) Fahrenheit {
	return Fahrenheit(c*9/5 + 32)
}

func main() {
	fmt.Println(toF(100))
	fmt.Println(toF(-40))
	fmt.Println(toF(37.5))
	c := Celsius(20)
	fmt.Println(float64(c) + 0.5)
	m := Meters(5)
	fmt.Println(int(m)*2, m*3)
	fmt.Printf("%T %T\n", toF(0), m*3)
}

// Output:
// 212
// -40
// 99.5
// 20.5
// 10 15
// main.Fahrenheit main.Meters
