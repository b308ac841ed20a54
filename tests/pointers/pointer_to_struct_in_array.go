package main

import "fmt"

type Player struct {
	Name  string
	Score int
}

func best(ps *[3]Player) *Player {
	b := &ps[0]
	for i := range ps {
		if ps[i].Score > b.Score {
			b = &ps[i]
		}
	}
	return b
}

func main() {
	team := [3]Player{{"a", 5}, {"b", 9}, {"c", 7}}
	b := best(&team)
	fmt.Println(b.Name, b.Score)
	b.Score += 100
	fmt.Println(team[1])
	cp := team
	best(&cp).Score = 0
	fmt.Println(team[1].Score, cp[1].Score)
	fmt.Println(best(&cp).Name)
}

// Output:
// b 9
// {b 109}
// 109 0
// c
