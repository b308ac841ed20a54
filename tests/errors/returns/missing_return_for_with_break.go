package main

func loop() int {
	for {
		break
	}
}

func main() {
	println(loop())
}

// Error:
// 7:1: missing return
