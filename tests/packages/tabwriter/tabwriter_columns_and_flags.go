// Cells align into columns per block of adjacent lines; padding,
// minwidth, AlignRight, Debug, TabIndent and DiscardEmptyColumns change
// the layout as in Go.
package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

func table(w *tabwriter.Writer) {
	fmt.Fprintln(w, "name\tqty\tprice\t")
	fmt.Fprintln(w, "apple\t3\t0.5\t")
	fmt.Fprintln(w, "watermelon\t12\t3.25\t")
	fmt.Fprintln(w, "\t\tfree\t")
	fmt.Fprintln(w, "single line breaks the block")
	fmt.Fprintln(w, "a\tb")
	fmt.Fprintln(w, "ccc\tddd")
	w.Flush()
}

func main() {
	table(tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0))
	fmt.Println("--")
	table(tabwriter.NewWriter(os.Stdout, 8, 8, 2, '.', tabwriter.AlignRight))
	fmt.Println("--")
	table(tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.Debug))
	fmt.Println("--")
	table(tabwriter.NewWriter(os.Stdout, 0, 4, 0, '\t', tabwriter.TabIndent))
	fmt.Println("--")
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, '-', tabwriter.DiscardEmptyColumns)
	fmt.Fprint(w, "a\t\tb\nc\t\td\n")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, '-', 0)
	fmt.Fprint(w, "a\t\tb\nc\t\td\n")
	w.Flush()
}

// Output:
// name       qty price 
// apple      3   0.5   
// watermelon 12  3.25  
//                free  
// single line breaks the block
// a   b
// ccc ddd
// --
// ........name.....qty...price
// .......apple.......3.....0.5
// ..watermelon......12....3.25
// ........................free
// single line breaks the block
// .......ab
// .....cccddd
// --
// name       |qty |price |
// apple      |3   |0.5   |
// watermelon |12  |3.25  |
//            |    |free  |
// single line breaks the block
// a   |b
// ccc |ddd
// --
// name		qty	price	
// apple		3	0.5		
// watermelon	12	3.25	
// 				free	
// single line breaks the block
// a	b
// ccc	ddd
// --
// a--b
// c--d
// a--b
// c--d
