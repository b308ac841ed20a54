package main

import "fmt"

type Person struct {
	Name string
	Age  int
	City string
}

func main() {
	p := Person{Name: "Ann", Age: 31, City: "Oslo"}
	fmt.Println(p.Name, p.Age, p.City)
	q := Person{City: "Rome", Name: "Bob", Age: 25}
	fmt.Println(q.Name, q.Age, q.City)
	r := Person{
		Age:  40,
		Name: "Cid",
	}
	fmt.Println(r.Name, r.Age, r.City == "")
	fmt.Println(p, q, r)
}

// Output:
// Ann 31 Oslo
// Bob 25 Rome
// Cid 40 true
// {Ann 31 Oslo} {Bob 25 Rome} {Cid 40 }
