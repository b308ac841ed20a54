package main

import "fmt"

type List struct {
	val  int
	next *List
}

func (l *List) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.next.Len()
}

func (l *List) String() string {
	if l == nil {
		return "end"
	}
	return fmt.Sprintf("%d -> %s", l.val, l.next.String())
}

type Lener interface {
	Len() int
	String() string
}

func main() {
	var empty *List
	var x Lener = empty
	fmt.Println(x != nil, x.Len(), x.String())
	l := &List{1, &List{2, &List{3, nil}}}
	x = l
	fmt.Println(x.Len(), x.String())
	fmt.Println(x)
	fmt.Println(empty)
}

// Output:
// true 0 end
// 3 1 -> 2 -> 3 -> end
// 1 -> 2 -> 3 -> end
// end
