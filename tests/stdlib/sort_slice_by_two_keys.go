package main

import (
	"fmt"
	"sort"
)

type City struct {
	Name    string
	Country string
	Pop     int
}

func main() {
	cities := []City{
		{"Lyon", "FR", 516},
		{"Porto", "PT", 232},
		{"Paris", "FR", 2161},
		{"Lisbon", "PT", 545},
		{"Nice", "FR", 342},
		{"Braga", "PT", 193},
	}
	sort.Slice(cities, func(i, j int) bool {
		if cities[i].Country != cities[j].Country {
			return cities[i].Country < cities[j].Country
		}
		return cities[i].Pop > cities[j].Pop
	})
	for _, c := range cities {
		fmt.Printf("%s %-7s %5d\n", c.Country, c.Name, c.Pop)
	}
}

// Output:
// FR Paris    2161
// FR Lyon      516
// FR Nice      342
// PT Lisbon    545
// PT Porto     232
// PT Braga     193
