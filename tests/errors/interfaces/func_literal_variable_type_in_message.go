package main

func main() {
	f := func(a rune, b bool) int8 { return 0 }
	_ = f.(int)
}

// Error:
// 5:6: invalid operation: f (variable of type func(a rune, b bool) int8) is not an interface
