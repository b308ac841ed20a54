package main

import "fmt"

type ping struct{ n int }

func main() {
	c := make(chan interface{})
	go func() {
		c <- 42
		c <- "text"
		c <- ping{3}
		c <- nil
		c <- 2.5
		close(c)
	}()
	for v := range c {
		switch x := v.(type) {
		case int:
			fmt.Println("int", x)
		case string:
			fmt.Println("string", x)
		case ping:
			fmt.Println("ping", x.n)
		case nil:
			fmt.Println("nil")
		default:
			fmt.Printf("other %T %v\n", x, x)
		}
	}
}

// Output:
// int 42
// string text
// ping 3
// nil
// other float64 2.5
