package main

import (
	"errors"
	"fmt"
)

type Result struct {
	Name string
	Err  error
}

func main() {
	results := []Result{
		{"a", nil},
		{"b", errors.New("boom")},
		{"c", fmt.Errorf("wrapped: %w", errors.New("inner"))},
	}
	failed := 0
	for _, r := range results {
		if r.Err != nil {
			failed++
			fmt.Println(r.Name, "failed:", r.Err)
		} else {
			fmt.Println(r.Name, "ok")
		}
	}
	fmt.Println(failed, "of", len(results), "failed")
	fmt.Println(results[0])
	fmt.Println(results[1])
	fmt.Printf("%+v\n", results[2])
}

// Output:
// a ok
// b failed: boom
// c failed: wrapped: inner
// 2 of 3 failed
// {a <nil>}
// {b boom}
// {Name:c Err:wrapped: inner}
