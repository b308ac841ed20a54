package main

func hello() {
	return 1
}

func main() {
	hello()
}

// Error:
// 4:9: too many return values
// 	have (number)
// 	want ()
