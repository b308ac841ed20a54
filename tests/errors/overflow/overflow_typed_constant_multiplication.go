package main

const small int8 = 100

func main() {
	x := small * 2
	println(x)
}

// Error:
// 6:7: small * 2 (constant 200 of type int8) overflows int8
