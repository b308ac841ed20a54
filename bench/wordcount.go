package main

// wordcount: reads text from stdin with bufio.Scanner, splits each line
// with strings.Fields and counts the words in a map; prints the totals and
// the ten most frequent words (ties by word). The input is made by
// gen_words.awk (run.sh feeds it; the size argument is megabytes).

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	counts := map[string]int{}
	lines, words := 0, 0
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		lines++
		for _, w := range strings.Fields(sc.Text()) {
			counts[w]++
			words++
		}
	}
	keys := make([]string, 0, len(counts))
	for w := range counts {
		keys = append(keys, w)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if counts[a] != counts[b] {
			return counts[a] > counts[b]
		}
		return a < b
	})
	fmt.Println("lines", lines, "words", words, "distinct", len(counts))
	for i := 0; i < 10 && i < len(keys); i++ {
		fmt.Println(keys[i], counts[keys[i]])
	}
}
