// Command gen prints the program difffuzz generates for a seed.
//
//	go run ./gen -seed 42            a valid program
//	go run ./gen -seed 42 -invalid   a program Go rejects (one mutation)
//	go run ./gen -seed 1 -count 1000 checks the generator on 1000 seeds
//	                                 (prints generator bugs and slow seeds)
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"difffuzz/progen"
)

func main() {
	seed := flag.Int64("seed", 1, "seed of the program")
	invalid := flag.Bool("invalid", false, "apply one mutation that Go rejects")
	count := flag.Int("count", 0, "check the generator on this many seeds instead of printing")
	avoidF := flag.String("avoid", "", "comma-separated features to leave out (\"known\": all known bugs)")
	flag.Parse()
	avoid := map[string]bool{}
	for _, a := range strings.Split(*avoidF, ",") {
		if a == "known" {
			for t := range progen.KnownBugs {
				avoid[t] = true
			}
		} else if a != "" {
			avoid[a] = true
		}
	}
	if *count > 0 {
		bad := 0
		var lines int
		start := time.Now()
		for s := *seed; s < *seed+int64(*count); s++ {
			t := time.Now()
			r := progen.Generate(s, progen.Options{Invalid: *invalid, Avoid: avoid})
			if r.Err != nil {
				bad++
				fmt.Printf("seed %d: %v\n", s, r.Err)
			}
			if d := time.Since(t); d > 500*time.Millisecond {
				fmt.Printf("seed %d: slow (%v)\n", s, d)
			}
			for _, c := range r.Src {
				if c == '\n' {
					lines++
				}
			}
		}
		fmt.Printf("%d programs, %d generator bugs, %d lines on average, %v per program\n", *count, bad, lines / *count, time.Since(start)/time.Duration(*count))
		if bad > 0 {
			os.Exit(1)
		}
		return
	}
	r := progen.Generate(*seed, progen.Options{Invalid: *invalid, Avoid: avoid})
	if r.Mutation != "" {
		fmt.Fprintf(os.Stderr, "mutation: %s\n", r.Mutation)
	}
	fmt.Print(r.Src)
	if r.Err != nil {
		fmt.Fprintf(os.Stderr, "gen: seed %d: %v\n", *seed, r.Err)
		os.Exit(1)
	}
}
