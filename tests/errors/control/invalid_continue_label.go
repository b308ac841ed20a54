package main

func main() {
L:
	switch x := 1; x {
	case 1:
		for i := 0; i < 3; i++ {
			continue L
		}
	}
}

// Error:
// 8:13: invalid continue label L
