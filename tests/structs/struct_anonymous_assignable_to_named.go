package main

import "fmt"

type Point struct{ X, Y int }

func show(p Point) {
	fmt.Println("show", p.X, p.Y)
}

func main() {
	anon := struct{ X, Y int }{1, 2}
	var p Point = anon
	show(p)
	show(anon)
	p.X = 10
	anon = p
	fmt.Println(anon.X, anon.Y)
	fmt.Println(p == anon)
	fmt.Printf("%T %T\n", p, anon)
}

// Output:
// show 1 2
// show 1 2
// 10 2
// true
// main.Point struct { X int; Y int }
