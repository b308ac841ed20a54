package main

import "fmt"

type Person struct{ Name string }

func (p *Person) String() string { return "Person " + p.Name }

type Safe struct{ v int }

func (s *Safe) String() string {
	if s == nil {
		return "Safe(nil)"
	}
	return fmt.Sprint("Safe(", s.v, ")")
}

func main() {
	var p *Person
	fmt.Println(p)
	fmt.Printf("%v|%s|%+v\n", p, p, p)
	fmt.Println(&Person{"ann"})
	var s *Safe
	fmt.Println(s, &Safe{3})
	fmt.Println([]*Person{nil, {"bo"}})
}

// Output:
// <nil>
// <nil>|<nil>|<nil>
// Person ann
// Safe(nil) Safe(3)
// [<nil> Person bo]
