package main

import "fmt"

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func reverseBytes(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func main() {
	words := []string{"hello", "Go", "", "a", "héllo", "日本語", "racecar"}
	for _, w := range words {
		fmt.Printf("%q -> %q\n", w, reverse(w))
	}
	fmt.Println(reverseBytes("abc"))
	fmt.Println(reverse(reverse("日本語!")))
}

// Output:
// "hello" -> "olleh"
// "Go" -> "oG"
// "" -> ""
// "a" -> "a"
// "héllo" -> "olléh"
// "日本語" -> "語本日"
// "racecar" -> "racecar"
// cba
// 日本語!
