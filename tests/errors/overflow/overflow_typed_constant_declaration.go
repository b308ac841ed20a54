package main

const big uint8 = 255 + 1

func main() {
	println(big)
}

// Error:
// 3:19: cannot use 255 + 1 (untyped int constant 256) as uint8 value in constant declaration (overflows)
