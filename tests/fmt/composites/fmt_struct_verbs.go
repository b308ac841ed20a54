package main

import "fmt"

type Item struct {
	Name  string
	Qty   int
	Price float64
	OK    bool
}

func main() {
	it := Item{"nut", 12, 0.25, true}
	fmt.Printf("%v\n", it)
	fmt.Printf("%+v\n", it)
	fmt.Printf("%#v\n", it)
	fmt.Println(it)
	fmt.Print(it, "\n")
	s := fmt.Sprintf("[%v]", it)
	fmt.Println(s, len(s))
	var z Item
	fmt.Printf("%v|%+v|%#v\n", z, z, z)
}

// Output:
// {nut 12 0.25 true}
// {Name:nut Qty:12 Price:0.25 OK:true}
// main.Item{Name:"nut", Qty:12, Price:0.25, OK:true}
// {nut 12 0.25 true}
// {nut 12 0.25 true}
// [{nut 12 0.25 true}] 20
// { 0 0 false}|{Name: Qty:0 Price:0 OK:false}|main.Item{Name:"", Qty:0, Price:0, OK:false}
