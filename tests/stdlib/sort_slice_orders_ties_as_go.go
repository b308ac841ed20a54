package main

import (
	"fmt"
	"math/rand"
	"sort"
)

// sort.Slice and sort.Sort are not stable, but Go's algorithm is fixed:
// elements that compare equal end up in the same order under gosh as under
// Go, so a program that sorts by one key prints the same lines.
type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type rec struct{ k, id int }

func main() {
	words := []string{"banana", "kiwi", "apple", "fig", "cherry", "date", "grape", "lime", "pear", "plum", "mango", "peach", "melon"}
	w2 := append([]string{}, words...)
	sort.Slice(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)
	sort.Sort(byLen(w2))
	fmt.Println(w2)
	// many sizes, key ranges and input patterns, hashed
	r := rand.New(rand.NewSource(3))
	h := 0
	for _, n := range []int{13, 20, 49, 50, 51, 100, 257, 1000, 5000} {
		for _, keys := range []int{2, 5, 50, 1000000} {
			for pattern := 0; pattern < 5; pattern++ {
				xs := make([]rec, n)
				for i := range xs {
					switch pattern {
					case 0:
						xs[i] = rec{r.Intn(keys), i}
					case 1:
						xs[i] = rec{i % keys, i}
					case 2:
						xs[i] = rec{(n - i) % keys, i}
					case 3:
						xs[i] = rec{i / 7 % keys, i}
					case 4:
						if i%10 == 0 {
							xs[i] = rec{r.Intn(keys), i}
						} else {
							xs[i] = rec{i * keys / n, i}
						}
					}
				}
				sort.Slice(xs, func(i, j int) bool { return xs[i].k < xs[j].k })
				for i, x := range xs {
					h = (h*31 + x.id*7 + i) % 1000000007
				}
			}
		}
	}
	fmt.Println("hash", h)
}

// Output:
// [fig plum kiwi date lime pear apple grape mango peach melon cherry banana]
// [fig plum kiwi date lime pear apple grape mango peach melon cherry banana]
// hash 567239549
