package main

func main() {
	panic("boom")
}

// Panic: boom
