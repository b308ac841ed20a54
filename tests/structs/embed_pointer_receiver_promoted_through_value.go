package main

import "fmt"

type Counter struct{ N int }

func (c *Counter) Inc() { c.N++ }

type Page struct {
	Counter
	Title string
}

func visit(p Page) {
	p.Inc()
	fmt.Println("copy:", p.N)
}

func main() {
	var p Page
	p.Inc()
	p.Inc()
	fmt.Println(p.N)
	visit(p)
	fmt.Println(p.N)
	pages := []Page{{Title: "a"}, {Title: "b"}}
	pages[1].Inc()
	fmt.Println(pages[0].N, pages[1].N)
	inc := p.Inc
	inc()
	fmt.Println(p.Counter)
}

// Output:
// 2
// copy: 3
// 2
// 0 1
// {3}
