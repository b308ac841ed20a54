package main

import "fmt"

type stack struct{ items []int }

// goto in methods (pointer and value receivers) and in init.
func (s *stack) pushAll(n int) {
	i := 0
next:
	if i == n {
		return
	}
	s.items = append(s.items, i*i)
	i++
	goto next
}

func (s stack) sum() (t int) {
	i := len(s.items) - 1
L:
	if i < 0 {
		goto out
	}
	t += s.items[i]
	i--
	goto L
out:
	return
}

var table []string

func init() {
	c := 'a'
fill:
	table = append(table, string(c))
	c++
	if c <= 'e' {
		goto fill
	}
}

func main() {
	var s stack
	s.pushAll(5)
	fmt.Println(s.items, s.sum())
	fmt.Println(table)
}

// Output:
// [0 1 4 9 16] 30
// [a b c d e]
