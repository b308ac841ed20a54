package main

import "fmt"

type Temp struct{ Deg int }

func (t *Temp) String() string {
	return fmt.Sprintf("%d degrees", t.Deg)
}

func main() {
	t := Temp{21}
	fmt.Println(t)
	fmt.Println(&t)
	fmt.Printf("%v | %v\n", t, &t)
	fmt.Printf("%+v | %s\n", t, &t)
	fmt.Println(t.String())
	ts := []Temp{{1}, {2}}
	fmt.Println(ts)
	ps := []*Temp{{3}, {4}}
	fmt.Println(ps)
}

// Output:
// {21}
// 21 degrees
// {21} | 21 degrees
// {Deg:21} | 21 degrees
// 21 degrees
// [{1} {2}]
// [3 degrees 4 degrees]
