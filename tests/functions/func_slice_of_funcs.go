package main

import "fmt"

func main() {
	steps := []func(int) int{
		func(x int) int { return x + 1 },
		func(x int) int { return x * 2 },
		func(x int) int { return x - 3 },
	}
	v := 5
	for i, f := range steps {
		v = f(v)
		fmt.Println("step", i, v)
	}
	steps = append(steps, func(x int) int { return -x })
	fmt.Println(steps[3](v), len(steps))
	for i := len(steps) - 1; i >= 0; i-- {
		v = steps[i](v)
	}
	fmt.Println(v)
}

// Output:
// step 0 6
// step 1 12
// step 2 9
// -9 4
// -23
