package main

import "fmt"

type Labeler interface {
	Label() string
}

type Item struct{ id int }

func (it Item) Label() string { return fmt.Sprintf("item#%d", it.id) }

func main() {
	it := Item{1}
	var a Labeler = it
	var b Labeler = &it
	fmt.Println(a.Label(), b.Label())
	it.id = 2
	fmt.Println(a.Label(), b.Label())
	fmt.Printf("%T %T\n", a, b)
	ls := []Labeler{Item{5}, &Item{6}}
	for _, l := range ls {
		fmt.Println(l.Label())
	}
}

// Output:
// item#1 item#1
// item#1 item#2
// main.Item *main.Item
// item#5
// item#6
