package main

import "fmt"

type Counter struct{ N int }

func (c *Counter) Add(d int) { c.N += d }

func (c Counter) Get() int { return c.N }

func main() {
	add := (*Counter).Add
	var c Counter
	add(&c, 3)
	add(&c, 4)
	fmt.Println(c.N)
	get := (*Counter).Get
	fmt.Println(get(&c))
	vget := Counter.Get
	fmt.Println(vget(c))
	fmt.Printf("%T\n", add)
	fmt.Printf("%T\n", get)
	fmt.Printf("%T\n", vget)
}

// Output:
// 7
// 7
// 7
// func(*main.Counter, int)
// func(*main.Counter) int
// func(main.Counter) int
