package main

import "fmt"

func shift(s string, k int) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = byte('a' + (int(c-'a')+k)%26)
		} else if c >= 'A' && c <= 'Z' {
			b[i] = byte('A' + (int(c-'A')+k)%26)
		}
	}
	return string(b)
}

func main() {
	enc := shift("Hello, World!", 3)
	fmt.Println(enc)
	fmt.Println(shift(enc, 23))
	fmt.Println(shift("xyz XYZ", 1))
	fmt.Println(shift("", 5) == "")
}

// Output:
// Khoor, Zruog!
// Hello, World!
// yza YZA
// true
