package main

import "fmt"

type Point struct{ X, Y int }

type Box struct {
	Min, Max Point
}

func main() {
	p := &Point{1, 2}
	fmt.Println(p)
	fmt.Printf("%v\n", p)
	fmt.Printf("%+v\n", p)
	fmt.Printf("%#v\n", p)
	b := &Box{Point{0, 0}, Point{5, 5}}
	fmt.Println(b)
	fmt.Printf("%+v\n", b)
	fmt.Println(*p, *b)
	var np *Point
	fmt.Println(np)
	fmt.Printf("%v %+v %#v\n", np, np, np)
	fmt.Println(&[2]int{7, 8}, &[]string{"a"}, &map[string]int{"k": 1})
}

// Output:
// &{1 2}
// &{1 2}
// &{X:1 Y:2}
// &main.Point{X:1, Y:2}
// &{{0 0} {5 5}}
// &{Min:{X:0 Y:0} Max:{X:5 Y:5}}
// {1 2} {{0 0} {5 5}}
// <nil>
// <nil> <nil> (*main.Point)(nil)
// &[7 8] &[a] &map[k:1]
