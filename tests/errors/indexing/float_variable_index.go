package main

func main() {
	a := []int{1, 2, 3}
	f := 1.0
	println(a[f])
}

// Error:
// 6:12: invalid argument: index f (variable of type float64) must be integer
