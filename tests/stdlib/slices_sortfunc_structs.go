package main

import (
	"fmt"
	"slices"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	people := []Person{{"Alice", 30}, {"bob", 25}, {"Carol", 35}, {"dave", 25}}
	slices.SortFunc(people, func(a, b Person) int {
		return strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name))
	})
	fmt.Println(people)
	slices.SortStableFunc(people, func(a, b Person) int { return a.Age - b.Age })
	fmt.Println(people)
	byAge := func(a, b Person) int { return a.Age - b.Age }
	fmt.Println(slices.IsSortedFunc(people, byAge))
	fmt.Println(slices.MaxFunc(people, byAge), slices.MinFunc(people, byAge))
}

// Requires: go1.21
// Output:
// [{Alice 30} {bob 25} {Carol 35} {dave 25}]
// [{bob 25} {dave 25} {Alice 30} {Carol 35}]
// true
// {Carol 35} {bob 25}
