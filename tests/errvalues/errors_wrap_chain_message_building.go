package main

import (
	"errors"
	"fmt"
	"strings"
)

var ErrRoot = errors.New("connection refused")

func dial() error   { return ErrRoot }
func login() error  { return fmt.Errorf("login: %w", dial()) }
func fetch() error  { return fmt.Errorf("fetch user 7: %w", login()) }
func handle() error { return fmt.Errorf("handler: %w", fetch()) }

func main() {
	err := handle()
	fmt.Println(err)
	var chain []string
	for e := err; e != nil; e = errors.Unwrap(e) {
		chain = append(chain, fmt.Sprintf("%T", e))
	}
	fmt.Println(strings.Join(chain, " -> "))
	fmt.Println(strings.Count(err.Error(), ": "))
	fmt.Println(errors.Is(err, ErrRoot))
}

// Output:
// handler: fetch user 7: login: connection refused
// *fmt.wrapError -> *fmt.wrapError -> *fmt.wrapError -> *errors.errorString
// 3
// true
