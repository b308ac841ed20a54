package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }

func (c Celsius) Hot() bool { return c > 30 }

func main() {
	c := Celsius(100)
	fmt.Println(c.ToF())
	fmt.Println(Fahrenheit(212).ToC(), Celsius(-40).ToF())
	fmt.Println(c.Hot(), Celsius(20).Hot())
	fmt.Println(c.ToF().ToC() == c)
	var t Celsius = 37.5
	fmt.Printf("%.1f %T %T\n", t.ToF(), t, t.ToF())
}

// Output:
// 212
// 100 -40
// true false
// true
// 99.5 main.Celsius main.Fahrenheit
