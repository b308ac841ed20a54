package main

func main() {
	print("a", "b", "\n")
	print(1, 2, 3, "\n")
	print("n=", 10, " ok=", true, "\n")
	for i := 0; i < 3; i++ {
		print(i)
	}
	print("\n")
	println("line", "end")
}

// Stderr:
// ab
// 123
// n=10 ok=true
// 012
// line end
