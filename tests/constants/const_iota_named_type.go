package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func name(c Color) string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	case Blue:
		return "blue"
	}
	return "unknown"
}

func main() {
	fmt.Printf("%T %v\n", Green, Green)
	for c := Red; c <= Blue; c++ {
		fmt.Println(c, name(c))
	}
	fmt.Println(name(Color(7)))
	var n int = int(Blue) * 10
	fmt.Println(n)
}

// Output:
// main.Color 1
// 0 red
// 1 green
// 2 blue
// unknown
// 20
