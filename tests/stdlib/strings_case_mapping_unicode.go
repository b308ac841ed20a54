package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.ToUpper("Gopher straße ǆ ﬁ"), strings.ToLower("GOPHER İSTANBUL ΣΑΣ"))
	fmt.Println(strings.ToTitle("ǆungla ǉ"), strings.ToUpper("ǆungla ǉ"))
	fmt.Printf("%q %q\n", strings.ToUpper("a\xffb"), strings.ToLower(""))
	fmt.Println(strings.ToUpper("ÿ µ ı"), strings.ToLower("Ω K Å"))
}

// Output:
// GOPHER STRAßE Ǆ ﬁ gopher istanbul σασ
// ǅUNGLA ǈ ǄUNGLA Ǉ
// "A�B" ""
// Ÿ Μ I ω k å
