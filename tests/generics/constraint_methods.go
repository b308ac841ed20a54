// A constraint with methods: the method is called on a T value; a
// pointer type has its element's value methods; comparable lets T use ==.
package main

import (
	"fmt"
	"strconv"
)

type Stringer interface {
	String() string
}

type ID int

func (i ID) String() string { return "id" + strconv.Itoa(int(i)) }

type Name struct{ s string }

func (n *Name) String() string { return "name:" + n.s }

func Join[T Stringer](xs []T) string {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += ","
		}
		s += x.String()
	}
	return s
}

type ComparableStringer interface {
	comparable
	String() string
}

func Same[T ComparableStringer](a, b T) string {
	if a == b {
		return "same " + a.String()
	}
	return "differ"
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func main() {
	fmt.Println(Join([]ID{1, 2, 3}))
	fmt.Println(Join([]*Name{{"a"}, {"b"}}))
	fmt.Println(Same(ID(4), ID(4)), Same(ID(4), ID(5)))
	fmt.Println(Index([]string{"a", "b"}, "b"), Index([]ID{7}, 8))
	type P struct{ X, Y int }
	fmt.Println(Index([]P{{1, 2}, {3, 4}}, P{3, 4}))
}

// Output:
// id1,id2,id3
// name:a,name:b
// same id4 differ
// 1 -1
// 1
