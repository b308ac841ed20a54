package main

import "fmt"

type Weekday int

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d]
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.0f degrees", float64(t)) }

func main() {
	d := Weekday(3)
	fmt.Printf("%v %d %03d %b %o\n", d, d, d, d, d)
	fmt.Printf("%c|%U\n", Weekday(65), Weekday(65))
	t := Temp(21.7)
	fmt.Printf("%v|%f|%.2f|%g|%e\n", t, t, t, t, t)
	fmt.Println(d+1, d*2)
	fmt.Println(int(d), float64(t))
}

// Output:
// Wed 3 003 11 3
// A|U+0041
// 22 degrees|21.700000|21.70|21.7|2.170000e+01
// Thu Sat
// 3 21.7
