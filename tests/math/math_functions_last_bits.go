package main

import (
	"fmt"
	"math"
)

// Found by the differential fuzzer: gosh called the C library, whose
// results differ from Go's in the last bits. Go computes these with its
// own algorithms (pure Go, or assembly on amd64), and so does gosh now.
func main() {
	fmt.Println("Pow", math.Pow(0.15000000000000002, 10), math.Pow(0.21850000000000006, 2.5), math.Pow(0.3, 10))
	fmt.Println("Hypot", math.Hypot(0.15000000000000002, 2.25))
	x, y := 15.15552990951204, 120.4087144474899
	fmt.Println("Exp", math.Exp(x/100), math.Exp2(y/1000))
	fmt.Println("Log", math.Log(28.476224087163157), math.Log10(4.277021412380877), math.Log2(0.15000000000000002))
	fmt.Println("Sin", math.Sin(3.1124243885991807), math.Cos(0.15000000000000002), math.Tan(1.1889517653154507))
	fmt.Println("Atan", math.Atan(0.8583589527850005), math.Atan2(1.1889517653154507, 3))
	fmt.Println("Asin", math.Asin(1/1.15), math.Acos(1/1.15))
	fmt.Println("Cbrt", math.Cbrt(0.15000000000000002))
	fmt.Println("Sinh", math.Sinh(1.5000000000000002e-06), math.Cosh(1.5000000000000002e-06), math.Tanh(1.5000000000000002e-06))
	fmt.Println("Gamma", math.Gamma(0.3123450000000001/1e4+0.5), math.Erf(0.09097611530475731))
}

// Output:
// Pow 5.7665039062500074e-09 0.022316629495986996 5.904899999999999e-06
// Hypot 2.2549944567559366
// Exp 1.1636426484160056 1.0870427773299207
// Log 3.349069496544951 0.631141424504083 -2.7369655941662057
// Sin 0.029164129166455922 0.9887710779360424 2.4903305064794874
// Atan 0.7093268943832076 0.3773275709198868
// Asin 1.0543211859480208 0.5164751408468757
// Cbrt 0.5313292845913056
// Sinh 1.5000000000005627e-06 1.0000000000011249 1.4999999999988752e-06
// Gamma 1.772345155232736 0.10237304023436675
