// UnescapeString: a numeric reference too large for a rune wraps as Go's
// int32 arithmetic does and becomes U+FFFD; a name without a semicolon
// matches its longest known prefix of at most six letters; two-rune
// references; bytes that are not UTF-8 pass through.
package main

import (
	"fmt"
	"html"
)

func main() {
	for _, s := range []string{
		"&#99999999999;", "&#xFFFFFFFFF;", "&#4294967362;", "&#x10FFFF;", "&#xFFFE;", "&#9;&#13;&#x7F;",
		"&#65", "&#65x", "&#X41;", "&#xg", "&#a", "&1;",
		"&sup1", "&sup12", "&frac12x", "&frac1", "&Aacute", "&copy2019", "&noti", "&lt&gt", "&amp;amp;", "x&y;z",
		"&fjlig;", "&acE;", "&acE", "&ThickSpace;", "&ThickSpace", "&nbsp;&nbsp",
		"\xff&amp;\xfe", "&&amp;&",
	} {
		fmt.Printf("%q -> %q\n", s, html.UnescapeString(s))
	}
}

// Output:
// "&#99999999999;" -> "�"
// "&#xFFFFFFFFF;" -> "�"
// "&#4294967362;" -> "B"
// "&#x10FFFF;" -> "\U0010ffff"
// "&#xFFFE;" -> "\ufffe"
// "&#9;&#13;&#x7F;" -> "\t\r\x7f"
// "&#65" -> "A"
// "&#65x" -> "Ax"
// "&#X41;" -> "A"
// "&#xg" -> "&#xg"
// "&#a" -> "&#a"
// "&1;" -> "&1;"
// "&sup1" -> "¹"
// "&sup12" -> "¹2"
// "&frac12x" -> "½x"
// "&frac1" -> "&frac1"
// "&Aacute" -> "Á"
// "&copy2019" -> "©2019"
// "&noti" -> "¬i"
// "&lt&gt" -> "<>"
// "&amp;amp;" -> "&amp;"
// "x&y;z" -> "x&y;z"
// "&fjlig;" -> "fj"
// "&acE;" -> "∾̳"
// "&acE" -> "&acE"
// "&ThickSpace;" -> "\u205f\u200a"
// "&ThickSpace" -> "&ThickSpace"
// "&nbsp;&nbsp" -> "\u00a0\u00a0"
// "\xff&amp;\xfe" -> "\xff&\xfe"
// "&&amp;&" -> "&&&"
