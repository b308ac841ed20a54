package main

func main() {
	goto nowhere
}

// Error:
// 4:7: label nowhere not defined
