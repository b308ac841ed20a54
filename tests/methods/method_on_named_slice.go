package main

import "fmt"

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l IntList) Double() {
	for i := range l {
		l[i] *= 2
	}
}

func (l *IntList) Add(v int) {
	*l = append(*l, v)
}

func (l IntList) Len() int { return len(l) }

func main() {
	var l IntList
	l.Add(1)
	l.Add(2)
	l.Add(3)
	fmt.Println(l, l.Sum(), l.Len())
	l.Double()
	fmt.Println(l, l.Sum())
	fmt.Println(IntList{10, 20}.Sum())
	sub := l[1:]
	fmt.Printf("%v %T\n", sub.Sum(), sub)
}

// Output:
// [1 2 3] 6 3
// [2 4 6] 12
// 30
// 10 main.IntList
