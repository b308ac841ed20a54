package main

import "fmt"

// fmt pads to a width counted in runes as utf8.RuneCountInString counts
// them: each byte of an invalid or truncated sequence is one rune.
func main() {
	for _, s := range []string{"\xf4\x8f\xbf", "\x82", "\xed\xa0\x80", "\xe4\xb8z", "\xff\xfe"} {
		fmt.Printf("%q %q %q\n", fmt.Sprintf("%6s", s), fmt.Sprintf("%-6s", s), fmt.Sprintf("%6v", []string{s}))
	}
}

// Output:
// "   \xf4\x8f\xbf" "\xf4\x8f\xbf   " "[   \xf4\x8f\xbf]"
// "     \x82" "\x82     " "[     \x82]"
// "   \xed\xa0\x80" "\xed\xa0\x80   " "[   \xed\xa0\x80]"
// "   \xe4\xb8z" "\xe4\xb8z   " "[   \xe4\xb8z]"
// "    \xff\xfe" "\xff\xfe    " "[    \xff\xfe]"
