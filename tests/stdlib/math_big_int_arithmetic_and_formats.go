package main

import (
	"fmt"
	"math/big"
)

func main() {
	f := new(big.Int).MulRange(1, 50)
	fmt.Println(f, f.BitLen(), f.Sign(), f.TrailingZeroBits())
	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < 200; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	fmt.Println(a)
	x, _ := new(big.Int).SetString("-123456789012345678901234567890", 10)
	y := big.NewInt(-97)
	var q, m big.Int
	fmt.Println(new(big.Int).Quo(x, y), new(big.Int).Rem(x, y), new(big.Int).Div(x, y), new(big.Int).Mod(x, y))
	q.DivMod(x, y, &m)
	fmt.Println(&q, &m)
	fmt.Printf("%d %x %X %o %b %+d %#x %08d %-8d| %.40d %s %v %O\n", y, x, x, y, y, big.NewInt(5), x, y, y, y, x, y, y)
	fmt.Println(x.Text(62), x.Text(36), x.Text(2)[:10])
	z, ok := new(big.Int).SetString("0x_dead_beef", 0)
	fmt.Println(z, ok)
	_, ok = new(big.Int).SetString("1__2", 0)
	fmt.Println(ok)
	z, ok = new(big.Int).SetString("zZ", 62)
	fmt.Println(z, ok)
	fmt.Println(new(big.Int).Exp(big.NewInt(3), big.NewInt(1000), big.NewInt(1000007)), new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil))
	fmt.Println(new(big.Int).ModInverse(big.NewInt(3), big.NewInt(11)), new(big.Int).ModInverse(big.NewInt(2), big.NewInt(4)))
	var gx, gy big.Int
	g := new(big.Int).GCD(&gx, &gy, big.NewInt(240), big.NewInt(46))
	fmt.Println(g, &gx, &gy)
	fmt.Println(big.NewInt(1000003).ProbablyPrime(20), big.NewInt(1000001).ProbablyPrime(20))
	fmt.Println(new(big.Int).Sqrt(f), new(big.Int).Lsh(y, 70), new(big.Int).Rsh(y, 3), new(big.Int).Not(y), new(big.Int).Binomial(100, 50))
	fmt.Println(x.Int64(), x.Uint64(), x.IsInt64(), y.IsInt64(), y.IsUint64(), x.Bytes()[:4], x.Cmp(y), x.CmpAbs(y))
	fmt.Println(new(big.Int).And(x, y), new(big.Int).Or(x, y), new(big.Int).Xor(x, y), new(big.Int).AndNot(x, y), x.Bit(3), y.Bit(100))
	js, _ := x.MarshalJSON()
	fmt.Println(string(js), big.Jacobi(big.NewInt(2), big.NewInt(7)))
	defer func() { fmt.Println("recovered:", recover()) }()
	new(big.Int).Div(x, big.NewInt(0))
}

// Output:
// 30414093201713378043612608166064768844377641568960512000000000000 215 1 47
// 280571172992510140037611932413038677189525
// 1272750402189130710322005854 -52 1272750402189130710322005855 45
// 1272750402189130710322005855 45
// -97 -18ee90ff6c373e0ee4e3f0ad2 -18EE90FF6C373E0EE4E3F0AD2 -141 -1100001 +5 -0x18ee90ff6c373e0ee4e3f0ad2 -0000097 -97     | -0000000000000000000000000000000000000097 -123456789012345678901234567890 -97 -0o141
// -2AyLS9BKAMjjsWHR0 -byw97um9s91dlz68tsi -110001110
// 3735928559 true
// false
// 2231 true
// 297623 1267650600228229401496703205376
// 4 <nil>
// 2 -9 47
// true false
// 174396368086360611696209329639024 -114517387209588896432128 -13 96 100891344545564193334812497256
// 4362896299872285998 14083847773837265618 false true false [1 142 233 15] -1 1
// -123456789012345678901234567922 -65 123456789012345678901234567857 32 1 1
// -123456789012345678901234567890 1
// recovered: division by zero
