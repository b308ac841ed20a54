package main

import "fmt"

type Meters int
type Feet int
type Score float64

func main() {
	m := Meters(100)
	f := Feet(m * 328 / 100)
	fmt.Println(m, f)
	fmt.Printf("%T %T\n", m, f)
	n := int(m) + int(f)
	fmt.Println(n)
	s := Score(7)
	s = s / 2
	fmt.Println(s, int(s), Meters(s))
	fmt.Printf("%T\n", Meters(s))
	var x float64 = float64(s) * 2
	fmt.Println(x)
}

// Output:
// 100 328
// main.Meters main.Feet
// 428
// 3.5 3 3
// main.Meters
// 7
