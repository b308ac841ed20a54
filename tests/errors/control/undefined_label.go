package main

func main() {
	for i := 0; i < 3; i++ {
		if i == 1 {
			break outer
		}
		println(i)
	}
}

// Error:
// 6:10: break label not defined: outer
