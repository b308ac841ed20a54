package main

func main() {
	x := 1
	switch x {
	case 1:
		fallthrough
		println("one")
	case 2:
		println("two")
	}
}

// Error:
// 7:3: fallthrough statement out of place
