package main

import "fmt"

// A small scanner written as a state machine with gotos, as hand-written
// lexers are: numbers, words and punctuation.
func scan(src string) []string {
	var toks []string
	i := 0
	start := 0
next:
	if i >= len(src) {
		return toks
	}
	start = i
	switch c := src[i]; {
	case c == ' ':
		i++
		goto next
	case c >= '0' && c <= '9':
		goto number
	case c >= 'a' && c <= 'z':
		goto word
	default:
		i++
		toks = append(toks, "punct:"+src[start:i])
		goto next
	}
number:
	for i < len(src) && src[i] >= '0' && src[i] <= '9' {
		i++
	}
	toks = append(toks, "num:"+src[start:i])
	goto next
word:
	i++
	if i < len(src) && src[i] >= 'a' && src[i] <= 'z' {
		goto word
	}
	toks = append(toks, "word:"+src[start:i])
	goto next
}

func main() {
	for _, t := range scan("let x1 = 42 + y;") {
		fmt.Println(t)
	}
}

// Output:
// word:let
// word:x
// num:1
// punct:=
// num:42
// punct:+
// word:y
// punct:;
