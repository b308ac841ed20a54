package main

import "fmt"

func main() {
	var b byte = 250
	for i := 0; i < 8; i++ {
		b++
	}
	fmt.Println(b)
	var u uint8 = b
	fmt.Printf("%T %T\n", b, u)
	s := "AZ"
	c := s[1]
	c += 1
	fmt.Println(c, string(rune(c)))
	var x byte = 'a'
	x -= 'b'
	fmt.Println(x)
	bs := []byte{255, 128, 1}
	for i := range bs {
		bs[i] *= 2
	}
	fmt.Println(bs)
}

// Output:
// 2
// uint8 uint8
// 91 [
// 255
// [254 0 2]
