package main

import "fmt"

type Score struct {
	Wins, Losses int
}

func main() {
	m := map[string]Score{
		"zeta":  {1, 5},
		"alpha": {3, 0},
		"mid":   {2, 2},
	}
	fmt.Println(m)
	fmt.Printf("%+v\n", m)
	fmt.Printf("%#v\n", m)
	mp := map[string]*Score{}
	fmt.Println(mp, len(mp))
	fmt.Println(map[int][]Score{2: {{1, 1}}, 1: nil})
}

// Output:
// map[alpha:{3 0} mid:{2 2} zeta:{1 5}]
// map[alpha:{Wins:3 Losses:0} mid:{Wins:2 Losses:2} zeta:{Wins:1 Losses:5}]
// map[string]main.Score{"alpha":main.Score{Wins:3, Losses:0}, "mid":main.Score{Wins:2, Losses:2}, "zeta":main.Score{Wins:1, Losses:5}}
// map[] 0
// map[1:[] 2:[{1 1}]]
