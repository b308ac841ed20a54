package main

import (
	"fmt"
	"sort"
)

type Player struct {
	Name  string
	Score int
}

func main() {
	ps := []Player{{"amy", 30}, {"bo", 50}, {"cy", 10}, {"di", 50}}
	sort.Slice(ps, func(i, j int) bool {
		if ps[i].Score != ps[j].Score {
			return ps[i].Score > ps[j].Score
		}
		return ps[i].Name < ps[j].Name
	})
	for i, p := range ps {
		fmt.Println(i+1, p.Name, p.Score)
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i].Name > ps[j].Name })
	fmt.Println(ps)
}

// Output:
// 1 bo 50
// 2 di 50
// 3 amy 30
// 4 cy 10
// [{di 50} {cy 10} {bo 50} {amy 30}]
