package main

import (
	"fmt"
	"strings"
)

type Transform func(string) string

func chain(ts ...Transform) Transform {
	return func(s string) string {
		for _, t := range ts {
			s = t(s)
		}
		return s
	}
}

func exclaim(s string) string { return s + "!" }

func main() {
	up := Transform(strings.ToUpper)
	twice := Transform(func(s string) string { return s + s })
	all := chain(up, twice, exclaim)
	fmt.Println(all("go"))
	fmt.Println(chain()("same"))
	fmt.Println(chain(exclaim, exclaim)("wow"))
	fmt.Printf("%T\n", all)
}

// Output:
// GOGO!
// same
// wow!!
// main.Transform
