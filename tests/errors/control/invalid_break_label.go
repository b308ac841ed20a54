package main

func main() {
L:
	for i := 0; i < 2; i++ {
		println(i)
	}
	for j := 0; j < 2; j++ {
		break L
	}
}

// Error:
// 9:9: invalid break label L
