package main

func main() {
	x := panic("boom")
	println(x)
}

// Error:
// 4:7: panic("boom") (no value) used as value
