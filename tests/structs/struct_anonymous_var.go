package main

import "fmt"

func main() {
	var p struct{ X, Y int }
	fmt.Println(p.X, p.Y)
	p.X = 3
	p.Y = 4
	fmt.Println(p)
	q := struct {
		Name string
		Age  int
	}{"Kim", 28}
	fmt.Println(q.Name, q.Age)
	q.Age++
	fmt.Printf("%+v\n", q)
	r := struct{ X, Y int }{Y: 9}
	p = r
	fmt.Println(p, p == r)
}

// Output:
// 0 0
// {3 4}
// Kim 28
// {Name:Kim Age:29}
// {0 9} true
