package main

func main() {
	x := 2
	switch x {
	case 1:
		println("one")
	case 2, 1:
		println("two")
	}
}

// Error:
// 8:10: duplicate case 1 (constant of type int) in expression switch
// 	6:7: previous case
