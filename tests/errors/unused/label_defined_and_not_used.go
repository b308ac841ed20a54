package main

func main() {
outer:
	for i := 0; i < 3; i++ {
		println(i)
	}
}

// Error:
// 4:1: label outer defined and not used
