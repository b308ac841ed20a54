package main

import "fmt"

func step(g [][]bool) [][]bool {
	h, w := len(g), len(g[0])
	next := make([][]bool, h)
	for y := range next {
		next[y] = make([]bool, w)
		for x := range next[y] {
			n := 0
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					if dx == 0 && dy == 0 {
						continue
					}
					yy, xx := (y+dy+h)%h, (x+dx+w)%w
					if g[yy][xx] {
						n++
					}
				}
			}
			next[y][x] = n == 3 || n == 2 && g[y][x]
		}
	}
	return next
}

func show(g [][]bool) {
	for _, row := range g {
		line := ""
		for _, c := range row {
			if c {
				line += "#"
			} else {
				line += "."
			}
		}
		fmt.Println(line)
	}
	fmt.Println("--")
}

func main() {
	g := make([][]bool, 6)
	for i := range g {
		g[i] = make([]bool, 6)
	}
	g[0][1], g[1][2], g[2][0], g[2][1], g[2][2] = true, true, true, true, true
	for i := 0; i < 3; i++ {
		show(g)
		g = step(g)
	}
	show(g)
}

// Output:
// .#....
// ..#...
// ###...
// ......
// ......
// ......
// --
// ......
// #.#...
// .##...
// .#....
// ......
// ......
// --
// ......
// ..#...
// #.#...
// .##...
// ......
// ......
// --
// ......
// .#....
// ..##..
// .##...
// ......
// ......
// --
