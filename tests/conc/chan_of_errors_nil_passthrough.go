package main

import (
	"errors"
	"fmt"
)

func main() {
	errc := make(chan error, 3)
	go func() {
		errc <- nil
		errc <- errors.New("second failed")
		var e error
		errc <- e
	}()
	for i := 0; i < 3; i++ {
		err := <-errc
		fmt.Println(i, err == nil, err)
	}
}

// Output:
// 0 true <nil>
// 1 false second failed
// 2 true <nil>
