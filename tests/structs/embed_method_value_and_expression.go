package main

import "fmt"

type Engine struct{ HP int }

func (e Engine) Power() int  { return e.HP }
func (e *Engine) Tune(d int) { e.HP += d }

type Car struct {
	Engine
	Model string
}

func main() {
	c := Car{Engine{100}, "x"}
	pw := c.Power
	tune := c.Tune
	tune(20)
	fmt.Println(pw(), c.Power(), c.HP)
	powerOf := Car.Power
	fmt.Println(powerOf(c))
	tuneOf := (*Car).Tune
	tuneOf(&c, 5)
	fmt.Println(c.HP)
	fmt.Printf("%T\n", powerOf)
	fmt.Printf("%T\n", tuneOf)
}

// Output:
// 100 120 120
// 120
// 125
// func(main.Car) int
// func(*main.Car, int)
