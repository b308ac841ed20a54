// EscapeString escapes the five special characters; UnescapeString
// undoes named, decimal and hex references, with HTML5's rules for
// missing semicolons, C1 code points and invalid numbers.
package main

import (
	"fmt"
	"html"
)

func main() {
	s := `<a href="x?a=1&b='2'">Tom & Jerry</a>`
	e := html.EscapeString(s)
	fmt.Println(e)
	fmt.Println(html.UnescapeString(e) == s)
	for _, in := range []string{"&lt;&gt;&amp;&quot;&apos;&#39;&#34;", "caf&eacute; &Eacute;", "&#233;&#xe9;&#XE9;&#x1F600;",
		"&amp", "&ampx", "&notit; &notin;", "&#128;&#x9F;", "&#0;&#xD800;&#x110000;", "&#;&#x;&#", "& alone &",
		"&nosuchentity;", "&NotNestedGreaterGreater;", "&AMP;&copy2024", "plain", "&lt", "a&#65b", "&#x41g"} {
		fmt.Printf("%q -> %q\n", in, html.UnescapeString(in))
	}
}

// Output:
// &lt;a href=&#34;x?a=1&amp;b=&#39;2&#39;&#34;&gt;Tom &amp; Jerry&lt;/a&gt;
// true
// "&lt;&gt;&amp;&quot;&apos;&#39;&#34;" -> "<>&\"''\""
// "caf&eacute; &Eacute;" -> "café É"
// "&#233;&#xe9;&#XE9;&#x1F600;" -> "ééé😀"
// "&amp" -> "&"
// "&ampx" -> "&x"
// "&notit; &notin;" -> "¬it; ∉"
// "&#128;&#x9F;" -> "€Ÿ"
// "&#0;&#xD800;&#x110000;" -> "���"
// "&#;&#x;&#" -> "&#;�&#"
// "& alone &" -> "& alone &"
// "&nosuchentity;" -> "&nosuchentity;"
// "&NotNestedGreaterGreater;" -> "⪢̸"
// "&AMP;&copy2024" -> "&©2024"
// "plain" -> "plain"
// "&lt" -> "<"
// "a&#65b" -> "aAb"
// "&#x41g" -> "Ag"
