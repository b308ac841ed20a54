// nbody: the Benchmarks Game n-body simulation (Jovian planets), with the
// bodies held in parallel []float64 slices instead of structs. Measures
// float64 arithmetic, slice indexing and inner-loop performance.
package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
)

func offsetMomentum(vx, vy, vz, mass []float64, solarMass float64) {
	px := 0.0
	py := 0.0
	pz := 0.0
	for i := 0; i < len(mass); i++ {
		px += vx[i] * mass[i]
		py += vy[i] * mass[i]
		pz += vz[i] * mass[i]
	}
	vx[0] = -px / solarMass
	vy[0] = -py / solarMass
	vz[0] = -pz / solarMass
}

func energy(x, y, z, vx, vy, vz, mass []float64) float64 {
	e := 0.0
	nb := len(mass)
	for i := 0; i < nb; i++ {
		e += 0.5 * mass[i] * (vx[i]*vx[i] + vy[i]*vy[i] + vz[i]*vz[i])
		for j := i + 1; j < nb; j++ {
			dx := x[i] - x[j]
			dy := y[i] - y[j]
			dz := z[i] - z[j]
			e -= (mass[i] * mass[j]) / math.Sqrt(dx*dx+dy*dy+dz*dz)
		}
	}
	return e
}

func advance(x, y, z, vx, vy, vz, mass []float64, dt float64) {
	nb := len(mass)
	for i := 0; i < nb; i++ {
		for j := i + 1; j < nb; j++ {
			dx := x[i] - x[j]
			dy := y[i] - y[j]
			dz := z[i] - z[j]
			dsq := dx*dx + dy*dy + dz*dz
			dist := math.Sqrt(dsq)
			mag := dt / (dsq * dist)
			mj := mass[j] * mag
			vx[i] -= dx * mj
			vy[i] -= dy * mj
			vz[i] -= dz * mj
			mi := mass[i] * mag
			vx[j] += dx * mi
			vy[j] += dy * mi
			vz[j] += dz * mi
		}
	}
	for i := 0; i < nb; i++ {
		x[i] += dt * vx[i]
		y[i] += dt * vy[i]
		z[i] += dt * vz[i]
	}
}

func main() {
	n := 2000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	// Plain variables (not Go constants) so every product is rounded to
	// float64 at run time, exactly as in the Lua and Python versions.
	pi := 3.141592653589793
	solarMass := 4 * pi * pi
	daysPerYear := 365.24

	// sun, jupiter, saturn, uranus, neptune
	x := []float64{0, 4.84143144246472090e+00, 8.34336671824457987e+00, 1.28943695621391310e+01, 1.53796971148509165e+01}
	y := []float64{0, -1.16032004402742839e+00, 4.12479856412430479e+00, -1.51111514016986312e+01, -2.59193146099879641e+01}
	z := []float64{0, -1.03622044471123109e-01, -4.03523417114321381e-01, -2.23307578892655734e-01, 1.79258772950371181e-01}
	vx := []float64{0, 1.66007664274403694e-03 * daysPerYear, -2.76742510726862411e-03 * daysPerYear, 2.96460137564761618e-03 * daysPerYear, 2.68067772490389322e-03 * daysPerYear}
	vy := []float64{0, 7.69901118419740425e-03 * daysPerYear, 4.99852801234917238e-03 * daysPerYear, 2.37847173959480950e-03 * daysPerYear, 1.62824170038242295e-03 * daysPerYear}
	vz := []float64{0, -6.90460016972063023e-05 * daysPerYear, 2.30417297573763929e-05 * daysPerYear, -2.96589568540237556e-05 * daysPerYear, -9.51592254519715870e-05 * daysPerYear}
	mass := []float64{solarMass, 9.54791938424326609e-04 * solarMass, 2.85885980666130812e-04 * solarMass, 4.36624404335156298e-05 * solarMass, 5.15138902046611451e-05 * solarMass}

	offsetMomentum(vx, vy, vz, mass, solarMass)
	fmt.Printf("%.9f\n", energy(x, y, z, vx, vy, vz, mass))
	for i := 0; i < n; i++ {
		advance(x, y, z, vx, vy, vz, mass, 0.01)
	}
	fmt.Printf("%.9f\n", energy(x, y, z, vx, vy, vz, mass))
}
