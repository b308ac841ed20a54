package main

func main() {
	len = nil
}

// Error:
// 4:2: len (built-in) must be called
