package main

import (
	"fmt"
	"strings"
)

// A FieldsFunc predicate that asks another goroutine for its answer.
func main() {
	ask := make(chan rune)
	answer := make(chan bool)
	go func() {
		for r := range ask {
			answer <- r == '|'
		}
	}()
	f := func(r rune) bool {
		ask <- r
		return <-answer
	}
	fmt.Printf("%q\n", strings.FieldsFunc("a|bb||ccc|", f))
	fmt.Printf("%q\n", strings.TrimFunc("||x|y||", f))
	close(ask)
}

// Output:
// ["a" "bb" "ccc"]
// "x|y"
