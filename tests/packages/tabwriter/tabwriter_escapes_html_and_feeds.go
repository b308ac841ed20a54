// Escaped text, FilterHTML, StripEscape, \v cells, form feeds that end
// a block, text after the last newline, and unicode widths.
package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

func main() {
	var sb strings.Builder
	w := tabwriter.NewWriter(&sb, 0, 8, 1, ' ', 0)
	fmt.Fprint(w, "a\xff\tb\xff\tc\nlonger\tx\n")
	w.Flush()
	fmt.Printf("%q\n", sb.String())
	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.StripEscape)
	fmt.Fprint(w, "a\xff\tb\xff\tc\nlonger\tx\n")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.FilterHTML)
	fmt.Fprint(w, "<b>bold</b>\t&amp;\tx\nplain\t&\ty\n")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, '.', tabwriter.Debug)
	fmt.Fprint(w, "a\vb\tc\naaa\vbbb\tc\n\fnew\tblock\n")
	fmt.Fprint(w, "héllo\twörld\nhi\tx\nno newline\tat end")
	w.Flush()
	fmt.Println()
	w = tabwriter.NewWriter(os.Stdout, 5, 0, 1, '\t', 0)
	fmt.Fprint(w, "tabs\twith\ttabwidth 0\n")
	w.Flush()
	fmt.Println(tabwriter.Escape, tabwriter.FilterHTML, tabwriter.StripEscape, tabwriter.AlignRight,
		tabwriter.DiscardEmptyColumns, tabwriter.TabIndent, tabwriter.Debug)
}

// Output:
// "a\xff\tb\xff    c\nlonger x\n"
// a	b    c
// longer x
// <b>bold</b>  &amp; x
// plain &	y
// a...|b...|c
// aaa.|bbb.|c
//
// ---
// new........|block
// héllo......|wörld
// hi.........|x
// no newline.|at end
// tabswithtabwidth 0
// 255 1 2 4 8 16 32
