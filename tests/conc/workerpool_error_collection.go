package main

import (
	"errors"
	"fmt"
	"strconv"
)

type outcome struct {
	input string
	n     int
	err   error
}

func main() {
	inputs := []string{"1", "x", "3", "4y", "5", "", "7"}
	jobs := make(chan string)
	results := make(chan outcome)
	for w := 0; w < 3; w++ {
		go func() {
			for s := range jobs {
				n, err := strconv.Atoi(s)
				if err != nil {
					err = errors.New("bad input " + strconv.Quote(s))
				}
				results <- outcome{s, n, err}
			}
		}()
	}
	go func() {
		for _, s := range inputs {
			jobs <- s
		}
		close(jobs)
	}()
	sum, failures := 0, 0
	for range inputs {
		r := <-results
		if r.err != nil {
			failures++
			fmt.Println(r.err)
			continue
		}
		sum += r.n
	}
	fmt.Println("sum", sum, "failures", failures)
}

// Unordered output:
// bad input "4y"
// bad input "x"
// bad input ""
// sum 16 failures 3
