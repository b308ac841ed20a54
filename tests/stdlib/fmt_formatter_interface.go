package main

import (
	"fmt"
	"strings"
)

type Money int64

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		if f.Flag('+') {
			fmt.Fprintf(f, "USD %d.%02d", int64(m)/100, int64(m)%100)
			return
		}
		fmt.Fprintf(f, "$%d.%02d", int64(m)/100, int64(m)%100)
	case 'd':
		w, ok := f.Width()
		fmt.Fprintf(f, "%d cents (width %d %v)", int64(m), w, ok)
	default:
		fmt.Fprintf(f, "%%!%c(Money)", verb)
	}
}

type Point struct{ X, Y int }

func (p *Point) Format(f fmt.State, c rune) {
	p2, ok := f.Precision()
	f.Write([]byte(strings.Repeat("*", p2)))
	fmt.Fprintf(f, "(%d;%d) %v", p.X, p.Y, ok)
}

func main() {
	m := Money(1234)
	fmt.Println(m)
	fmt.Printf("%v|%+v|%s|%8d|%x\n", m, m, m, m, m)
	fmt.Println([]Money{1, 250})
	p := &Point{1, 2}
	fmt.Printf("%.3v %v\n", p, *p)
	fmt.Println(fmt.Sprint(m), fmt.Sprintf("%q", m))
}

// Output:
// $12.34
// $12.34|USD 12.34|$12.34|1234 cents (width 8 true)|%!x(Money)
// [$0.01 $2.50]
// ***(1;2) true {1 2}
// $12.34 %!q(Money)
