package main

func main() {
	x := 1
	x := 2
	println(x)
}

// Error:
// 5:4: no new variables on left side of :=
