package main

import "fmt"

type Tally struct{ N int }

func (t *Tally) Bump() { t.N++ }

func (t Tally) Peek() int { return t.N }

func main() {
	var t Tally
	bump := t.Bump
	peek := t.Peek
	bump()
	bump()
	bump()
	fmt.Println(t.N, peek())
	peek2 := t.Peek
	bump()
	fmt.Println(t.N, peek(), peek2())
	ops := map[string]func(){"bump": t.Bump}
	ops["bump"]()
	fmt.Println(t.Peek())
}

// Output:
// 3 0
// 4 0 3
// 5
