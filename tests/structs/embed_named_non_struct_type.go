package main

import "fmt"

type Counter int

func (c *Counter) Inc()      { *c++ }
func (c Counter) Twice() int { return int(c) * 2 }

type Tags []string

func (t Tags) Joined() string {
	s := ""
	for _, x := range t {
		s += "#" + x
	}
	return s
}

type Post struct {
	Counter
	Tags
	Title string
}

func main() {
	p := Post{Title: "hi"}
	p.Inc()
	p.Inc()
	p.Tags = append(p.Tags, "go", "c")
	fmt.Println(p.Counter, p.Twice(), p.Joined())
	fmt.Println(len(p.Tags), p.Tags[1])
	fmt.Printf("%+v\n", p)
}

// Output:
// 2 4 #go#c
// 2 c
// {Counter:2 Tags:[go c] Title:hi}
