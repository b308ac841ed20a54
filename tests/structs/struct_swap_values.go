package main

import "fmt"

type Card struct {
	Suit string
	Rank int
}

func main() {
	a := Card{"hearts", 10}
	b := Card{"spades", 2}
	a, b = b, a
	fmt.Println(a, b)
	hand := []Card{{"c", 1}, {"d", 2}, {"h", 3}}
	hand[0], hand[2] = hand[2], hand[0]
	fmt.Println(hand)
	for i, j := 0, len(hand)-1; i < j; i, j = i+1, j-1 {
		hand[i], hand[j] = hand[j], hand[i]
	}
	fmt.Println(hand)
	hand[1].Rank, hand[1].Suit = 99, "x"
	fmt.Println(hand[1])
}

// Output:
// {spades 2} {hearts 10}
// [{h 3} {d 2} {c 1}]
// [{c 1} {d 2} {h 3}]
// {x 99}
