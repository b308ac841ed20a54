package main

import "fmt"

const huge = 1e300 * 1e300 / 1e300
const tiny = 1e-300 * 1e-300 * 1e300 * 1e300

func main() {
	fmt.Println(huge)
	fmt.Println(tiny)
	const ratio = 1e500 / 1e498
	fmt.Println(ratio)
	const x = 1e1000
	fmt.Println(x / 1e999)
	const y = (1 << 200) / 1e60
	fmt.Println(y)
	var f float32 = 1e50 / 1e40
	fmt.Println(f)
	const z = 1e400 - 1e400 + 3
	fmt.Println(z)
}

// Output:
// 1e+300
// 1
// 100
// 10
// 1.6069380442589902
// 1e+10
// 3
