package main

import (
	"errors"
	"fmt"
)

type Code int

func (c Code) Error() string {
	switch c {
	case 404:
		return "not found"
	case 500:
		return "server error"
	}
	return fmt.Sprintf("code %d", int(c))
}

func fetch(path string) error {
	switch path {
	case "/":
		return nil
	case "/missing":
		return Code(404)
	}
	return Code(418)
}

func main() {
	for _, p := range []string{"/", "/missing", "/teapot"} {
		err := fetch(p)
		fmt.Println(p, err)
	}
	err := fetch("/missing")
	fmt.Println(err == Code(404), errors.Is(err, Code(404)))
	var c Code
	fmt.Println(errors.As(err, &c), int(c))
	fmt.Printf("%d %v\n", err, err)
}

// Output:
// / <nil>
// /missing not found
// /teapot code 418
// true true
// true 404
// 404 not found
