package main

import "fmt"

func main() {
	var b byte = 250
	b += 10
	fmt.Println(b)
	var c byte = 3
	c -= 5
	fmt.Println(c)
	var d byte = 16
	d *= 17
	fmt.Println(d)
	x := 300
	neg, over := -1, 257
	fmt.Println(byte(x), byte(neg), byte(over))
	var r rune = 'A'
	r += 2
	fmt.Println(r, string(r))
	total := 0
	for _, ch := range []byte("AB") {
		total += int(ch)
	}
	fmt.Println(total)
}

// Output:
// 4
// 254
// 16
// 44 255 1
// 67 C
// 131
