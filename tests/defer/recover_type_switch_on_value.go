package main

import (
	"errors"
	"fmt"
)

type Temporary struct{ After int }

func handle(v interface{}) {
	defer func() {
		switch r := recover().(type) {
		case nil:
			fmt.Println("nothing")
		case string:
			fmt.Println("string", len(r))
		case int:
			fmt.Println("int", r+1)
		case error:
			fmt.Println("error", r)
		case Temporary:
			fmt.Println("retry after", r.After)
		default:
			fmt.Printf("other %T\n", r)
		}
	}()
	if v != nil {
		panic(v)
	}
}

func main() {
	handle(nil)
	handle("abc")
	handle(41)
	handle(errors.New("e"))
	handle(Temporary{5})
	handle(2.5)
	handle([]string{})
}

// Output:
// nothing
// string 3
// int 42
// error e
// retry after 5
// other float64
// other []string
