package main

func pair() (int, string) {
	return 1
}

func main() {
	n, s := pair()
	println(n, s)
}

// Error:
// 4:9: not enough return values
// 	have (number)
// 	want (int, string)
