package main

import "fmt"

type msg struct {
	src string
	seq int
}

func main() {
	out := make(chan msg)
	done := make(chan bool)
	for _, name := range []string{"x", "y", "z"} {
		go func(name string) {
			for i := 0; i < 50; i++ {
				out <- msg{name, i}
			}
			done <- true
		}(name)
	}
	go func() {
		for i := 0; i < 3; i++ {
			<-done
		}
		close(out)
	}()
	next := map[string]int{}
	inOrder := true
	for m := range out {
		if m.seq != next[m.src] {
			inOrder = false
		}
		next[m.src]++
	}
	fmt.Println("per-source order kept:", inOrder)
	fmt.Println(next["x"], next["y"], next["z"])
}

// Output:
// per-source order kept: true
// 50 50 50
