package main

func main() {
	x := 1
	switch x {
	case 1:
		println("one")
	case 2:
		println("two")
		fallthrough
	}
}

// Error:
// 10:3: cannot fallthrough final case in switch
