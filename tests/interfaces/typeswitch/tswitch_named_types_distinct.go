package main

import "fmt"

type Celsius float64
type Fahrenheit float64
type Kelvin = float64

func toC(v interface{}) string {
	switch t := v.(type) {
	case Celsius:
		return fmt.Sprintf("%.1fC", float64(t))
	case Fahrenheit:
		return fmt.Sprintf("%.1fC", float64((t-32)*5/9))
	case Kelvin:
		return fmt.Sprintf("%.1fC (alias of float64)", t-273.15)
	}
	return "?"
}

func main() {
	fmt.Println(toC(Celsius(20)))
	fmt.Println(toC(Fahrenheit(212)))
	fmt.Println(toC(300.0))
	fmt.Println(toC(Kelvin(0)))
	fmt.Println(toC(20))
	fmt.Printf("%T %T\n", Kelvin(1), Celsius(1))
}

// Output:
// 20.0C
// 100.0C
// 26.9C (alias of float64)
// -273.1C (alias of float64)
// ?
// float64 main.Celsius
