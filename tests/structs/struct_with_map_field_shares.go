package main

import "fmt"

type Registry struct {
	Name string
	Vals map[string]int
}

func addTo(r Registry, k string) {
	r.Vals[k]++
	r.Name = "lost"
}

func main() {
	r := Registry{"reg", map[string]int{}}
	addTo(r, "a")
	addTo(r, "a")
	addTo(r, "b")
	fmt.Println(r.Name, r.Vals)
	c := r
	c.Vals["c"] = 3
	fmt.Println(len(r.Vals), r.Vals["c"])
	c.Vals = map[string]int{"fresh": 1}
	fmt.Println(r.Vals, c.Vals)
}

// Output:
// reg map[a:2 b:1]
// 3 3
// map[a:2 b:1 c:3] map[fresh:1]
