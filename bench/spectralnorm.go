// spectralnorm: the Benchmarks Game spectral-norm (power method on the
// infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2+i+1)). Measures small function
// calls in a hot loop, int->float64 conversion and float64 arithmetic.
package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
)

func evalA(i, j int) float64 {
	return 1.0 / float64((i+j)*(i+j+1)/2+i+1)
}

func multAv(n int, v, av []float64) {
	for i := 0; i < n; i++ {
		sum := 0.0
		for j := 0; j < n; j++ {
			sum += evalA(i, j) * v[j]
		}
		av[i] = sum
	}
}

func multAtv(n int, v, atv []float64) {
	for i := 0; i < n; i++ {
		sum := 0.0
		for j := 0; j < n; j++ {
			sum += evalA(j, i) * v[j]
		}
		atv[i] = sum
	}
}

func multAtAv(n int, v, out, tmp []float64) {
	multAv(n, v, tmp)
	multAtv(n, tmp, out)
}

func main() {
	n := 1000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	u := make([]float64, n)
	v := make([]float64, n)
	tmp := make([]float64, n)
	for i := 0; i < n; i++ {
		u[i] = 1.0
		v[i] = 0.0
		tmp[i] = 0.0
	}
	for i := 0; i < 10; i++ {
		multAtAv(n, u, v, tmp)
		multAtAv(n, v, u, tmp)
	}
	vBv := 0.0
	vv := 0.0
	for i := 0; i < n; i++ {
		vBv += u[i] * v[i]
		vv += v[i] * v[i]
	}
	fmt.Printf("%.9f\n", math.Sqrt(vBv/vv))
}
