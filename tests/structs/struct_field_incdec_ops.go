package main

import "fmt"

type Stats struct {
	Hits   int
	Misses int
	Ratio  float64
	Label  string
}

func main() {
	var s Stats
	s.Hits++
	s.Hits++
	s.Misses--
	s.Hits += 10
	s.Misses *= -4
	s.Ratio = float64(s.Hits) / 4
	s.Ratio -= 0.5
	s.Label += "run"
	s.Label += "-1"
	fmt.Println(s.Hits, s.Misses, s.Ratio, s.Label)
	p := &s
	p.Hits %= 5
	p.Misses <<= 2
	fmt.Println(s.Hits, s.Misses)
	fmt.Printf("%+v\n", s)
}

// Output:
// 12 4 2.5 run-1
// 2 16
// {Hits:2 Misses:16 Ratio:2.5 Label:run-1}
