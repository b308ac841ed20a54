package main

import "fmt"

func main() {
	s := "xyz"
	var b byte = s[1]
	fmt.Println(string(b))
	fmt.Println(string(s[0]) + string(s[2]))
	var c byte = 'A'
	for i := 0; i < 3; i++ {
		fmt.Print(string(c + byte(i)))
	}
	fmt.Println()
	var hi byte = 233
	fmt.Println(string(hi), len(string(hi)))
	fmt.Println(string(rune(s[1])) == "y")
}

// Output:
// y
// xz
// ABC
// é 2
// true
