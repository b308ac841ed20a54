package main

import "fmt"

type Money int

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", int(m)/100, int(m)%100) }

type Item struct {
	Name  string
	Price Money
}

type Order struct {
	ID    int
	Items []Item
	Total Money
}

func main() {
	it := Item{"pen", 250}
	fmt.Println(it)
	fmt.Printf("%+v\n", it)
	o := Order{7, []Item{it, {"ink", 1099}}, 1349}
	fmt.Println(o)
	fmt.Printf("%+v\n", o)
	fmt.Println(&it)
}

// Output:
// {pen $2.50}
// {Name:pen Price:$2.50}
// {7 [{pen $2.50} {ink $10.99}] $13.49}
// {ID:7 Items:[{Name:pen Price:$2.50} {Name:ink Price:$10.99}] Total:$13.49}
// &{pen $2.50}
