package main

func main() {
	x := 1
	y := 2
	y = 3
	z := 4
	z++
	println("done")
}

// Error:
// 4:2: x declared but not used
// 5:2: y declared but not used
