package main

import "fmt"

type Suit int

func (s Suit) String() string { return [...]string{"♠", "♥", "♦", "♣"}[s] }

type Card struct {
	Rank int
	Suit Suit
}

func (c Card) String() string { return fmt.Sprintf("%d%v", c.Rank, c.Suit) }

func main() {
	suits := []Suit{0, 1, 2, 3}
	fmt.Println(suits)
	hand := []Card{{10, 0}, {3, 1}, {12, 3}}
	fmt.Println(hand)
	fmt.Printf("%v\n", hand)
	fmt.Printf("%s\n", hand)
	fmt.Printf("%d\n", hand)
	arr := [2]Suit{2, 1}
	fmt.Println(arr)
	ptrs := []*Card{{1, 2}}
	fmt.Println(ptrs[0])
}

// Output:
// [♠ ♥ ♦ ♣]
// [10♠ 3♥ 12♣]
// [10♠ 3♥ 12♣]
// [10♠ 3♥ 12♣]
// [{10 0} {3 1} {12 3}]
// [♦ ♥]
// 1♦
