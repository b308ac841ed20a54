package main

import "os"

func main() {
	os.Exit(255)
}

// Exit: 255
