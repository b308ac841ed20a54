package main

import "fmt"

type Op interface {
	Apply(int) int
	Name() string
}

type Add struct{ N int }
type Mul struct{ N int }

func (a Add) Apply(x int) int { return x + a.N }
func (a Add) Name() string    { return fmt.Sprintf("+%d", a.N) }
func (m Mul) Apply(x int) int { return x * m.N }
func (m Mul) Name() string    { return fmt.Sprintf("*%d", m.N) }

func pick(s string, n int) Op {
	if s == "add" {
		return Add{n}
	}
	return Mul{n}
}

func run(x int, ops ...Op) int {
	for _, op := range ops {
		x = op.Apply(x)
		fmt.Println(op.Name(), "->", x)
	}
	return x
}

func main() {
	r := run(2, pick("add", 3), pick("mul", 4), Add{-1})
	fmt.Println("result", r)
	fmt.Println(run(r))
}

// Output:
// +3 -> 5
// *4 -> 20
// +-1 -> 19
// result 19
// 19
