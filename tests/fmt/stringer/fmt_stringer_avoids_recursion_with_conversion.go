package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Path []string

func (p Path) String() string { return fmt.Sprint("/", []string(p)) }

type Pair struct{ A, B int }

type PairS Pair

func (p PairS) String() string { return fmt.Sprintf("pair%v", Pair(p)) }

func main() {
	fmt.Println(Celsius(-3.25))
	fmt.Println(Path{"usr", "bin"})
	fmt.Println(PairS{1, 2})
	fmt.Printf("%v %s\n", []Celsius{1, 2.5}, Path{})
}

// Output:
// -3.2°C
// /[usr bin]
// pair{1 2}
// [1.0°C 2.5°C] /[]
