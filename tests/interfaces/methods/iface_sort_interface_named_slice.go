package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

type ByName []Person

func (a ByName) Len() int           { return len(a) }
func (a ByName) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByName) Less(i, j int) bool { return a[i].Name < a[j].Name }

func main() {
	people := []Person{{"Cleo", 40}, {"Al", 25}, {"Bea", 33}, {"Dan", 19}}
	sort.Sort(ByAge(people))
	fmt.Println(people)
	sort.Sort(ByName(people))
	fmt.Println(people)
	sort.Sort(sort.Reverse(ByAge(people)))
	fmt.Println(people)
	var si sort.Interface = ByName(people)
	fmt.Println(si.Len(), si.Less(0, 1), sort.IsSorted(si))
}

// Output:
// [{Dan 19} {Al 25} {Bea 33} {Cleo 40}]
// [{Al 25} {Bea 33} {Cleo 40} {Dan 19}]
// [{Cleo 40} {Bea 33} {Al 25} {Dan 19}]
// 4 false false
