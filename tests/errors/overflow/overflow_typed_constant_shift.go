package main

func main() {
	x := int8(1) << 8
	println(x)
}

// Error:
// 4:7: int8(1) << 8 (constant 256 of type int8) overflows int8
