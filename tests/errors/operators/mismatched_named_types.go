package main

type Celsius float64
type Fahrenheit float64

func main() {
	var c Celsius = 20
	var f Fahrenheit = 68
	println(c + f)
}

// Error:
// 9:10: invalid operation: c + f (mismatched types Celsius and Fahrenheit)
