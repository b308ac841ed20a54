package main

import "fmt"

type Color struct{ R, G, B uint8 }

func (c Color) String() string {
	return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B)
}

func main() {
	c := Color{255, 128, 0}
	fmt.Println(c)
	fmt.Printf("%v %s\n", c, c)
	fmt.Printf("%+v\n", c)
	fmt.Printf("%d\n", c)
	fmt.Printf("%#v\n", c)
	fmt.Println(&c)
	fmt.Println([]Color{{1, 2, 3}, {0, 0, 0}})
	s := fmt.Sprint(c) + "!"
	fmt.Println(s)
}

// Output:
// #ff8000
// #ff8000 #ff8000
// #ff8000
// {255 128 0}
// main.Color{R:0xff, G:0x80, B:0x0}
// #ff8000
// [#010203 #000000]
// #ff8000!
