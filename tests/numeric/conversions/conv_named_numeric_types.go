package main

import "fmt"

type Celsius float64
type Fahrenheit float64
type Small int8
type Mask uint16

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func main() {
	c := Celsius(100)
	fmt.Println(CToF(c), CToF(-40))
	fmt.Printf("%T %T\n", c, CToF(c))
	var s Small = 127
	s++
	fmt.Println(s, int(s)*2)
	m := Mask(0xFFFF)
	m += 2
	fmt.Println(m, Small(m), uint8(m))
	f := float64(c) / 3
	fmt.Println(f, Celsius(f))
	t := Celsius(2.99)
	fmt.Println(int(t), int(-t))
}

// Output:
// 212 -40
// main.Celsius main.Fahrenheit
// -128 -256
// 1 1 1
// 33.333333333333336 33.333333333333336
// 2 -2
