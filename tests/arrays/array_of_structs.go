package main

import "fmt"

type Planet struct {
	Name  string
	Moons int
}

func main() {
	ps := [4]Planet{
		{"mercury", 0},
		{"venus", 0},
		{"earth", 1},
		{"mars", 2},
	}
	total := 0
	for _, p := range ps {
		total += p.Moons
	}
	fmt.Println(total)
	ps[3].Moons++
	fmt.Println(ps[3])
	cp := ps
	cp[0].Name = "MERCURY"
	fmt.Println(ps[0].Name, cp[0].Name)
	fmt.Printf("%v\n", ps)
	fmt.Printf("%+v\n", ps[2:])
}

// Output:
// 3
// {mars 3}
// mercury MERCURY
// [{mercury 0} {venus 0} {earth 1} {mars 3}]
// [{Name:earth Moons:1} {Name:mars Moons:3}]
