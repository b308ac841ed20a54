package main

import "fmt"

type Suit int

const (
	Clubs Suit = iota
	Diamonds
	Hearts
	Spades
)

func color(s Suit) string {
	switch s {
	case Diamonds, Hearts:
		return "red"
	case Clubs, Spades:
		return "black"
	}
	return "?"
}

func main() {
	for s := Clubs; s <= Spades+1; s++ {
		fmt.Println(s, color(s))
	}
}

// Output:
// 0 black
// 1 red
// 2 red
// 3 black
// 4 ?
