package main

func main() {
L:
	for i := 0; i < 3; i++ {
		func() {
			break L
		}()
	}
}

// Error:
// 4:1: label L defined and not used
// 7:10: break label not defined: L
