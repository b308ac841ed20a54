package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	s := []Point{{1, 2}, {X: 3}, {}}
	fmt.Println(s)
	m := map[string]Point{"a": {1, 1}, "b": {Y: 5}}
	fmt.Println(m["a"], m["b"])
	ps := []*Point{{7, 8}, {X: 9}}
	fmt.Println(*ps[0], ps[1].X, ps[1].Y)
	arr := [2]Point{{1, 0}, {0, 1}}
	fmt.Println(arr)
	keys := map[Point]string{{0, 0}: "o", {1, 0}: "e"}
	fmt.Println(keys[Point{}], keys[Point{1, 0}])
	nested := [][]Point{{{1, 1}}, {{2, 2}, {3, 3}}}
	fmt.Println(nested)
}

// Output:
// [{1 2} {3 0} {0 0}]
// {1 1} {0 5}
// {7 8} 9 0
// [{1 0} {0 1}]
// o e
// [[{1 1}] [{2 2} {3 3}]]
