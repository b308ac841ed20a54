package main

func main() {
	s := "abc"
	for _, r := range s {
		println(r == "a")
	}
}

// Error:
// 6:16: invalid operation: r == "a" (mismatched types rune and untyped string)
