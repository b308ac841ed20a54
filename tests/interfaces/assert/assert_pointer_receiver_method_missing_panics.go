package main

import "fmt"

type Mover interface{ Move() }

type Car struct{ pos int }

func (c *Car) Move() { c.pos++ }

func main() {
	var x interface{} = &Car{}
	m := x.(Mover)
	m.Move()
	fmt.Println("pointer ok", x.(*Car).pos)
	x = Car{}
	_, ok := x.(Mover)
	fmt.Println("value ok:", ok)
	m = x.(Mover)
	fmt.Println("unreachable")
}

// Output:
// pointer ok 1
// value ok: false
// Panic: interface conversion: main.Car is not main.Mover: missing method Move
