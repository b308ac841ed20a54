package main

import "fmt"

type Point struct{ X, Y int }

type Line struct {
	From, To Point
	Label    string
}

type Drawing struct {
	Lines []Line
	Tags  map[string]Point
}

func main() {
	l := Line{Point{0, 0}, Point{3, 4}, "diag"}
	fmt.Printf("%v\n", l)
	fmt.Printf("%+v\n", l)
	fmt.Printf("%#v\n", l)
	d := Drawing{[]Line{l}, map[string]Point{"o": {}}}
	fmt.Printf("%v\n", d)
	fmt.Printf("%+v\n", d)
	fmt.Printf("%#v\n", d)
}

// Output:
// {{0 0} {3 4} diag}
// {From:{X:0 Y:0} To:{X:3 Y:4} Label:diag}
// main.Line{From:main.Point{X:0, Y:0}, To:main.Point{X:3, Y:4}, Label:"diag"}
// {[{{0 0} {3 4} diag}] map[o:{0 0}]}
// {Lines:[{From:{X:0 Y:0} To:{X:3 Y:4} Label:diag}] Tags:map[o:{X:0 Y:0}]}
// main.Drawing{Lines:[]main.Line{main.Line{From:main.Point{X:0, Y:0}, To:main.Point{X:3, Y:4}, Label:"diag"}}, Tags:map[string]main.Point{"o":main.Point{X:0, Y:0}}}
