package main

import "os"

func main() {
	os.Exit(3)
}

// Exit: 3
