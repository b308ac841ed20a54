package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

func main() {
	fmt.Println(Red, Green, Blue, Color(9))
	fmt.Printf("%v %s %q\n", Green, Blue, Red)
	fmt.Printf("%d %d\n", Green, Color(9))
	fmt.Printf("%x %X\n", Blue, Blue)
	fmt.Printf("%5s|%-6v|\n", Red, Green)
	fmt.Print(Red, Green, "\n")
	s := fmt.Sprint(Blue)
	fmt.Println(len(s), s)
}

// Output:
// Red Green Blue Color(9)
// Green Blue "Red"
// 1 9
// 426c7565 426C7565
//   Red|Green |
// Red Green
// 4 Blue
