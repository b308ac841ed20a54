// regexp: package regexp over generated text. n lines of words, numbers,
// dates and e-mail addresses (a fixed linear congruential generator, so the
// text and the output are the same everywhere) are matched with five
// patterns: MatchString per line, FindAllString of words, submatches of
// dates, ReplaceAllString of addresses and Split on punctuation.
package main

import (
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
)

var seed = 42

func next(n int) int {
	seed = (seed*1103515245 + 12345) % 2147483648
	return (seed >> 16) % n
}

var words = []string{"alpha", "beta", "gamma", "delta", "Epsilon", "zeta", "eta", "theta", "iota", "kappa",
	"lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon"}

func line() string {
	var b strings.Builder
	k := 5 + next(10)
	for i := 0; i < k; i++ {
		if i > 0 {
			b.WriteString(" ")
		}
		switch next(8) {
		case 0:
			b.WriteString(strconv.Itoa(next(100000)))
		case 1:
			fmt.Fprintf(&b, "%04d-%02d-%02d", 1990+next(40), 1+next(12), 1+next(28))
		case 2:
			b.WriteString(words[next(len(words))] + "@" + words[next(len(words))] + ".org")
		case 3:
			b.WriteString(words[next(len(words))] + ",")
		default:
			b.WriteString(words[next(len(words))])
		}
	}
	return b.String()
}

func main() {
	n := 20000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	lines := make([]string, n)
	for i := range lines {
		lines[i] = line()
	}
	hasDate := regexp.MustCompile(`\b\d{4}-\d\d-\d\d\b`)
	word := regexp.MustCompile(`(?i)\b[a-z]+\b`)
	date := regexp.MustCompile(`(\d{4})-(\d\d)-(\d\d)`)
	mail := regexp.MustCompile(`(\w+)@(\w+)\.org`)
	punct := regexp.MustCompile(`[,\s]+`)
	matched, nwords, years, size, fields := 0, 0, 0, 0, 0
	for _, l := range lines {
		if hasDate.MatchString(l) {
			matched++
		}
		nwords += len(word.FindAllString(l, -1))
		for _, m := range date.FindAllStringSubmatch(l, -1) {
			y, _ := strconv.Atoi(m[1])
			years += y
		}
		size += len(mail.ReplaceAllString(l, "<$2:$1>"))
		fields += len(punct.Split(l, -1))
	}
	fmt.Println(n, matched, nwords, years, size, fields)
}
