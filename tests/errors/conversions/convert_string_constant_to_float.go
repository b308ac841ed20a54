package main

func main() {
	f := float64("1.5")
	println(f)
}

// Error:
// 4:15: cannot convert "1.5" (untyped string constant) to type float64
