package main

import "fmt"

type Conf struct {
	Name  string
	Level int
	Tags  []string
}

func main() {
	c := new(Conf)
	fmt.Printf("%+v\n", *c)
	fmt.Println(c.Tags == nil, c.Level)
	c.Name = "x"
	c.Level = 3
	c.Tags = append(c.Tags, "t1")
	fmt.Printf("%+v\n", *c)
	fmt.Println(c)
	d := new(Conf)
	*d = *c
	d.Level = 9
	fmt.Println(c.Level, d.Level)
	fmt.Printf("%T\n", c)
}

// Output:
// {Name: Level:0 Tags:[]}
// true 0
// {Name:x Level:3 Tags:[t1]}
// &{x 3 [t1]}
// 3 9
// *main.Conf
