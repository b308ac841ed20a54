package main

import "fmt"

type Pair struct {
	Left, Right int
}

func inc(p *int) { *p++ }

func main() {
	pr := Pair{1, 2}
	l := &pr.Left
	*l = 10
	inc(&pr.Right)
	inc(&pr.Right)
	fmt.Println(pr)
	pp := &pr
	r := &pp.Right
	*r *= 100
	fmt.Println(pr.Right, *r)
	pr = Pair{7, 8}
	fmt.Println(*l, *r)
}

// Output:
// {10 4}
// 400 400
// 7 8
