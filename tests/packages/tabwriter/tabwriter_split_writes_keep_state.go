// The output does not depend on how the text is split into Write calls:
// a cell, an escape, an HTML tag or entity and a UTF-8 sequence may each
// be cut anywhere.
package main

import (
	"fmt"
	"strings"
	"text/tabwriter"
)

const text = "<b>a&amp;b</b>\t\xffesc\taped\xff\tc\n日本\t語&lt;\tx\fq\tr\vs\n\n<i\tj>\tend\n"

func format(flags uint, step int) string {
	var sb strings.Builder
	w := tabwriter.NewWriter(&sb, 2, 4, 1, '.', flags)
	b := []byte(text)
	for i := 0; i < len(b); i += step {
		j := i + step
		if j > len(b) {
			j = len(b)
		}
		w.Write(b[i:j])
	}
	w.Flush()
	return sb.String()
}

func main() {
	for _, flags := range []uint{0, tabwriter.FilterHTML, tabwriter.StripEscape,
		tabwriter.FilterHTML | tabwriter.StripEscape | tabwriter.Debug, tabwriter.AlignRight | tabwriter.FilterHTML} {
		whole := format(flags, len(text))
		same := true
		for _, step := range []int{1, 2, 3, 7} {
			same = same && format(flags, step) == whole
		}
		fmt.Printf("flags %d, same for every split: %v\n", flags, same)
		for _, line := range strings.SplitAfter(whole, "\n") {
			fmt.Printf("%q\n", line)
		}
	}
}


// Output:
// flags 0, same for every split: true
// "<b>a&amp;b</b>.\xffesc\taped\xff.c\n"
// "日本.............語&lt;....x\n"
// "q.r.s\n"
// "\n"
// "<i.j>.end\n"
// ""
// flags 1, same for every split: true
// "<b>a&amp;b</b>.\xffesc\taped\xff.c\n"
// "日本..語&lt;.......x\n"
// "q.r.s\n"
// "\n"
// "<i\tj>..end\n"
// ""
// flags 2, same for every split: true
// "<b>a&amp;b</b>.esc\taped.c\n"
// "日本.............語&lt;....x\n"
// "q.r.s\n"
// "\n"
// "<i.j>.end\n"
// ""
// flags 35, same for every split: true
// "<b>a&amp;b</b>.|esc\taped.|c\n"
// "日本..|語&lt;.......|x\n"
// "---\n"
// "q.|r.|s\n"
// "\n"
// "<i\tj>..|end\n"
// ""
// flags 5, same for every split: true
// ".<b>a&amp;b</b>.\xffesc\taped\xffc\n"
// "..日本.......語&lt;x\n"
// ".q.rs\n"
// "\n"
// "..<i\tj>end\n"
// ""
