package main

func main() {
	x := 1 +
		println(x)
}

// Error:
// 5:11: undefined: x
