package main

func main() {
	panic(nil)
}

// Panic: nil
