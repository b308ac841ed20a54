package main

type Code int

func main() {
	panic(Code(7))
}

// Panic: main.Code(7)
