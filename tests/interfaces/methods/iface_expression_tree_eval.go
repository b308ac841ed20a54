package main

import "fmt"

type Expr interface {
	Eval() int
	String() string
}

type Num int
type BinOp struct {
	Op   byte
	L, R Expr
}

func (n Num) Eval() int        { return int(n) }
func (n Num) String() string   { return fmt.Sprint(int(n)) }
func (b BinOp) String() string { return fmt.Sprintf("(%v %c %v)", b.L, b.Op, b.R) }
func (b BinOp) Eval() int {
	l, r := b.L.Eval(), b.R.Eval()
	switch b.Op {
	case '+':
		return l + r
	case '-':
		return l - r
	case '*':
		return l * r
	}
	return l / r
}

func main() {
	e := BinOp{'+', Num(2), BinOp{'*', Num(3), BinOp{'-', Num(10), Num(4)}}}
	fmt.Println(e, "=", e.Eval())
	exprs := []Expr{Num(5), BinOp{'/', Num(17), Num(5)}, e}
	for _, x := range exprs {
		fmt.Printf("%s = %d\n", x, x.Eval())
	}
}

// Output:
// (2 + (3 * (10 - 4))) = 20
// 5 = 5
// (17 / 5) = 3
// (2 + (3 * (10 - 4))) = 20
