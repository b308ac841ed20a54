package main

import "fmt"

type Valuer interface{ Value() float64 }

type Meters int
type Ratio float64
type Tally []int
type Label string
type Flag bool

func (m Meters) Value() float64 { return float64(m) }
func (r Ratio) Value() float64  { return float64(r) * 100 }
func (t Tally) Value() float64 {
	s := 0
	for _, v := range t {
		s += v
	}
	return float64(s)
}
func (l Label) Value() float64 { return float64(len(l)) }
func (f Flag) Value() float64 {
	if f {
		return 1
	}
	return 0
}

func main() {
	vs := []Valuer{Meters(12), Ratio(0.25), Tally{1, 2, 3, 4}, Label("hello"), Flag(true), Flag(false)}
	sum := 0.0
	for _, v := range vs {
		fmt.Printf("%T %v -> %g\n", v, v, v.Value())
		sum += v.Value()
	}
	fmt.Println(sum)
}

// Output:
// main.Meters 12 -> 12
// main.Ratio 0.25 -> 25
// main.Tally [1 2 3 4] -> 10
// main.Label hello -> 5
// main.Flag true -> 1
// main.Flag false -> 0
// 53
