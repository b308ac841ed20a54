package main

func main() {
	x := 1
	if x > 0 {
		fallthrough
	}
}

// Error:
// 6:3: fallthrough statement out of place
