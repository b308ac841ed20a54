package main

import "fmt"

type ID int

func (i ID) String() string { return fmt.Sprintf("ID-%03d", int(i)) }

type Order struct {
	ID    ID
	Items []ID
}

func main() {
	m := map[ID]string{3: "c", 1: "a", 2: "b"}
	fmt.Println(m)
	o := Order{7, []ID{1, 2}}
	fmt.Println(o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%v\n", &o)
	fmt.Printf("%d\n", o)
	fmt.Println(map[string]ID{"x": 5})
}

// Output:
// map[ID-001:a ID-002:b ID-003:c]
// {ID-007 [ID-001 ID-002]}
// {ID:ID-007 Items:[ID-001 ID-002]}
// &{ID-007 [ID-001 ID-002]}
// {7 [1 2]}
// map[x:ID-005]
