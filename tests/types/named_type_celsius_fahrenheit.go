package main

import "fmt"

type Celsius float64
type Fahrenheit float64

const (
	AbsoluteZero Celsius = -273.15
	Freezing     Celsius = 0
	Boiling      Celsius = 100
)

func CToF(c Celsius) Fahrenheit {
	return Fahrenheit(c*9/5 + 32)
}

func FToC(f Fahrenheit) Celsius {
	return Celsius((f - 32) * 5 / 9)
}

func main() {
	fmt.Println(CToF(Freezing), CToF(Boiling))
	fmt.Printf("%.2f\n", CToF(AbsoluteZero))
	fmt.Println(FToC(212), FToC(-40))
	var c Celsius = 37
	f := CToF(c)
	fmt.Printf("%T %v\n", f, f)
	fmt.Printf("%T %v\n", c, c)
	diff := Boiling - Freezing
	fmt.Println(diff, float64(diff)/2)
}

// Output:
// 32 212
// -459.67
// 100 -40
// main.Fahrenheit 98.6
// main.Celsius 37
// 100 50
