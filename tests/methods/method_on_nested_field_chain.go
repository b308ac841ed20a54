package main

import "fmt"

type Engine struct{ RPM int }

func (e *Engine) Rev(d int) { e.RPM += d }

type Car struct {
	Eng  Engine
	Name string
}

type Garage struct {
	Cars [2]Car
	Main *Car
}

func main() {
	var g Garage
	g.Cars[0].Eng.Rev(1000)
	g.Cars[1].Name = "b"
	g.Main = &g.Cars[1]
	g.Main.Eng.Rev(500)
	g.Main.Eng.Rev(250)
	fmt.Println(g.Cars[0].Eng.RPM, g.Cars[1].Eng.RPM)
	c := g.Cars[1]
	c.Eng.Rev(1)
	fmt.Println(c.Eng.RPM, g.Main.Eng.RPM)
	fmt.Println(g.Cars)
}

// Output:
// 1000 750
// 751 750
// [{{1000} } {{750} b}]
