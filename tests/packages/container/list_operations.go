// container/list: pushes, inserts, moves, removal, list copies, and
// elements of another list are ignored.
package main

import (
	"container/list"
	"fmt"
)

func show(l *list.List) {
	fmt.Print(l.Len(), ":")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(" ", e.Value)
	}
	fmt.Print(" |")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(" ", e.Value)
	}
	fmt.Println()
}

func main() {
	var l list.List
	fmt.Println(l.Front() == nil, l.Back() == nil, l.Len())
	e1 := l.PushBack(1)
	e2 := l.PushBack(2)
	e0 := l.PushFront(0)
	show(&l)
	l.InsertBefore(1.5, e2)
	l.InsertAfter("after0", e0)
	show(&l)
	l.MoveToBack(e0)
	l.MoveToFront(e2)
	show(&l)
	l.MoveBefore(e1, e2)
	l.MoveAfter(e0, e1)
	show(&l)
	fmt.Println(l.Remove(e2), e2.Next() == nil, e2.Prev() == nil)
	show(&l)
	other := list.New()
	other.PushBack("x")
	ox := other.PushBack("y")
	fmt.Println(l.InsertBefore("no", ox) == nil, l.Remove(ox))
	l.MoveToFront(ox)
	show(&l)
	l.PushBackList(other)
	l.PushFrontList(other)
	show(&l)
	l.PushBackList(&l)
	show(&l)
	l.Init()
	show(&l)
	fmt.Println(e1.Next() == nil)
}

// Output:
// true true 0
// 3: 0 1 2 | 2 1 0
// 5: 0 after0 1 1.5 2 | 2 1.5 1 after0 0
// 5: 2 after0 1 1.5 0 | 0 1.5 1 after0 2
// 5: 1 0 2 after0 1.5 | 1.5 after0 2 0 1
// 2 true true
// 4: 1 0 after0 1.5 | 1.5 after0 0 1
// true y
// 4: 1 0 after0 1.5 | 1.5 after0 0 1
// 8: x y 1 0 after0 1.5 x y | y x 1.5 after0 0 1 y x
// 16: x y 1 0 after0 1.5 x y x y 1 0 after0 1.5 x y | y x 1.5 after0 0 1 y x y x 1.5 after0 0 1 y x
// 0: |
// false
