package main

import (
	"fmt"
	"strings"
)

func source(words []string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, w := range words {
			out <- w
		}
	}()
	return out
}

func upper(in <-chan string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for w := range in {
			out <- strings.ToUpper(w)
		}
	}()
	return out
}

func exclaim(in <-chan string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for w := range in {
			out <- w + "!"
		}
	}()
	return out
}

func main() {
	var parts []string
	for w := range exclaim(upper(source([]string{"go", "gosh", "channels"}))) {
		parts = append(parts, w)
	}
	fmt.Println(strings.Join(parts, " "))
}

// Output:
// GO! GOSH! CHANNELS!
