package main

import "fmt"

func main() {
	fmt.Printf("[%5d]\n", 42)
	fmt.Printf("[%-5d]\n", 42)
	fmt.Printf("[%05d]\n", 42)
	fmt.Printf("[%05d]\n", -42)
	fmt.Printf("[%2d]\n", 12345)
	fmt.Printf("[%8s]\n", "go")
	fmt.Printf("[%-8s]\n", "go")
	fmt.Printf("[%3s]\n", "toolong")
	fmt.Printf("[%6.2f]\n", 3.14159)
	fmt.Printf("[%-7.1f]\n", 2.25)
	fmt.Printf("[%07.2f]\n", -1.5)
	fmt.Printf("[%5t]\n", true)
	fmt.Printf("[%4c]\n", 'x')
	fmt.Printf("[%6q]\n", "a")
	fmt.Printf("[%5v][%-5v]\n", 7, 7)
	fmt.Printf("[%4x]\n", 255)
}

// Output:
// [   42]
// [42   ]
// [00042]
// [-0042]
// [12345]
// [      go]
// [go      ]
// [toolong]
// [  3.14]
// [2.2    ]
// [-001.50]
// [ true]
// [   x]
// [   "a"]
// [    7][7    ]
// [  ff]
