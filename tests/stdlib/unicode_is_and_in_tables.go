package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range []rune{'a', 'Ж', 'λ', '世', 'あ', 'カ', '한', 'ש', 'ع', 'क', '5'} {
		fmt.Printf("%q latin=%v greek=%v cyrillic=%v han=%v kana=%v hangul=%v\n", r,
			unicode.Is(unicode.Latin, r), unicode.Is(unicode.Greek, r), unicode.Is(unicode.Cyrillic, r),
			unicode.Is(unicode.Han, r), unicode.In(r, unicode.Hiragana, unicode.Katakana), unicode.Is(unicode.Hangul, r))
	}
	fmt.Println(unicode.In('x', unicode.Digit, unicode.Upper), unicode.In('X', unicode.Digit, unicode.Upper), unicode.IsOneOf([]*unicode.RangeTable{unicode.Nd, unicode.Zs}, ' '))
	fmt.Println(unicode.Is(unicode.Categories["Sc"], '€'), unicode.Is(unicode.Scripts["Hebrew"], 'א'), unicode.Is(unicode.White_Space, '\u2029'))
	fmt.Println(unicode.Is(unicode.C, '\u0378'), unicode.Is(unicode.Lu, 'A'), unicode.Is(unicode.Letter, 'ǅ'))
}

// Output:
// 'a' latin=true greek=false cyrillic=false han=false kana=false hangul=false
// 'Ж' latin=false greek=false cyrillic=true han=false kana=false hangul=false
// 'λ' latin=false greek=true cyrillic=false han=false kana=false hangul=false
// '世' latin=false greek=false cyrillic=false han=true kana=false hangul=false
// 'あ' latin=false greek=false cyrillic=false han=false kana=true hangul=false
// 'カ' latin=false greek=false cyrillic=false han=false kana=true hangul=false
// '한' latin=false greek=false cyrillic=false han=false kana=false hangul=true
// 'ש' latin=false greek=false cyrillic=false han=false kana=false hangul=false
// 'ع' latin=false greek=false cyrillic=false han=false kana=false hangul=false
// 'क' latin=false greek=false cyrillic=false han=false kana=false hangul=false
// '5' latin=false greek=false cyrillic=false han=false kana=false hangul=false
// false true true
// true true true
// false true true
