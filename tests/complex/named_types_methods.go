package main

import (
	"fmt"
	"math"
)

type Phasor complex128

func (p Phasor) Mag() float64 {
	return math.Hypot(real(p), imag(p))
}

func (p Phasor) String() string {
	return fmt.Sprintf("%.2f∠%.2f", p.Mag(), math.Atan2(imag(p), real(p)))
}

func (p *Phasor) Rotate() { *p *= 1i }

func main() {
	p := Phasor(3 + 4i)
	fmt.Println(p, p.Mag())
	p.Rotate()
	fmt.Println(p, complex128(p))
	fmt.Printf("%v %s %.1f\n", p, p, complex128(p))
	ps := []Phasor{1, 1i}
	fmt.Println(ps)
}

// Output:
// 5.00∠0.93 5
// 5.00∠2.50 (-4+3i)
// 5.00∠2.50 5.00∠2.50 (-4.0+3.0i)
// [1.00∠0.00 1.00∠1.57]
