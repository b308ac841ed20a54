// Package unicode: classifying and case-mapping runes, as in Go 1.19
// (Unicode 13.0.0). The classifiers are native (stdlib/unicode.c) over
// tables generated from Go's own (stdlib/unicode_tables.c).
package unicode

const (
	MaxRune         = '\U0010FFFF' // the largest valid code point
	ReplacementChar = '\uFFFD'     // stands for an invalid code point
	MaxASCII        = '\u007F'
	MaxLatin1       = '\u00FF'
)

const Version = "13.0.0"

// Cases, for To.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

func IsLetter(r rune) bool
func IsDigit(r rune) bool
func IsNumber(r rune) bool
func IsUpper(r rune) bool
func IsLower(r rune) bool
func IsTitle(r rune) bool
func IsPunct(r rune) bool
func IsSymbol(r rune) bool
func IsMark(r rune) bool
func IsControl(r rune) bool
func IsSpace(r rune) bool
func IsPrint(r rune) bool
func IsGraphic(r rune) bool
func ToUpper(r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune
func SimpleFold(r rune) rune

func inCats(mask uint32, r rune) bool
func inSet(set int, r rune) bool

// To maps r to the case [c] (UpperCase, LowerCase or TitleCase); another
// c gives ReplacementChar.
func To(c int, r rune) rune {
	switch c {
	case UpperCase:
		return ToUpper(r)
	case LowerCase:
		return ToLower(r)
	case TitleCase:
		return ToTitle(r)
	}
	return ReplacementChar
}

type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// A RangeTable is a set of code points given by ranges sorted by Lo. The
// tables this package defines keep their contents elsewhere: cats is a
// mask of general categories, set one plus a script or property number.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
	cats        uint32
	set         int
}

// Is reports whether r is in the table.
func Is(t *RangeTable, r rune) bool {
	if t.cats != 0 {
		return inCats(t.cats, r)
	}
	if t.set != 0 {
		return inSet(t.set-1, r)
	}
	if r < 0 {
		return false
	}
	for _, g := range t.R16 {
		if r < rune(g.Lo) {
			return false
		}
		if r <= rune(g.Hi) {
			return g.Stride == 1 || (r-rune(g.Lo))%rune(g.Stride) == 0
		}
	}
	for _, g := range t.R32 {
		if r < rune(g.Lo) {
			return false
		}
		if r <= rune(g.Hi) {
			return g.Stride == 1 || (r-rune(g.Lo))%rune(g.Stride) == 0
		}
	}
	return false
}

// In reports whether r is in any of the tables.
func In(r rune, ranges ...*RangeTable) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}

// IsOneOf is In with the tables as a slice.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	return In(r, ranges...)
}

// The category tables. Their R16 and R32 are empty: Is and In consult
// gosh's compact tables through the hidden fields.
var (
	Lu = &RangeTable{cats: 1 << 1}
	Ll = &RangeTable{cats: 1 << 2}
	Lt = &RangeTable{cats: 1 << 3}
	Lm = &RangeTable{cats: 1 << 4}
	Lo = &RangeTable{cats: 1 << 5}
	Mn = &RangeTable{cats: 1 << 6}
	Mc = &RangeTable{cats: 1 << 7}
	Me = &RangeTable{cats: 1 << 8}
	Nd = &RangeTable{cats: 1 << 9}
	Nl = &RangeTable{cats: 1 << 10}
	No = &RangeTable{cats: 1 << 11}
	Pc = &RangeTable{cats: 1 << 12}
	Pd = &RangeTable{cats: 1 << 13}
	Ps = &RangeTable{cats: 1 << 14}
	Pe = &RangeTable{cats: 1 << 15}
	Pi = &RangeTable{cats: 1 << 16}
	Pf = &RangeTable{cats: 1 << 17}
	Po = &RangeTable{cats: 1 << 18}
	Sm = &RangeTable{cats: 1 << 19}
	Sc = &RangeTable{cats: 1 << 20}
	Sk = &RangeTable{cats: 1 << 21}
	So = &RangeTable{cats: 1 << 22}
	Zs = &RangeTable{cats: 1 << 23}
	Zl = &RangeTable{cats: 1 << 24}
	Zp = &RangeTable{cats: 1 << 25}
	Cc = &RangeTable{cats: 1 << 26}
	Cf = &RangeTable{cats: 1 << 27}
	Cs = &RangeTable{cats: 1 << 28}
	Co = &RangeTable{cats: 1 << 29}
	L  = &RangeTable{cats: 1<<1 | 1<<2 | 1<<3 | 1<<4 | 1<<5}
	M  = &RangeTable{cats: 1<<6 | 1<<7 | 1<<8}
	N  = &RangeTable{cats: 1<<9 | 1<<10 | 1<<11}
	P  = &RangeTable{cats: 1<<12 | 1<<13 | 1<<14 | 1<<15 | 1<<16 | 1<<17 | 1<<18}
	S  = &RangeTable{cats: 1<<19 | 1<<20 | 1<<21 | 1<<22}
	Z  = &RangeTable{cats: 1<<23 | 1<<24 | 1<<25}
	C  = &RangeTable{cats: 1<<26 | 1<<27 | 1<<28 | 1<<29}

	Letter = L
	Upper  = Lu
	Lower  = Ll
	Title  = Lt
	Mark   = M
	Digit  = Nd
	Number = N
	Punct  = P
	Symbol = S
	Space  = Z
	Other  = C
)

// Scripts and properties; set numbers as in stdlib/unicode_tables.c.
var (
	White_Space = &RangeTable{set: 1}
	Latin       = &RangeTable{set: 2}
	Greek       = &RangeTable{set: 3}
	Cyrillic    = &RangeTable{set: 4}
	Armenian    = &RangeTable{set: 5}
	Hebrew      = &RangeTable{set: 6}
	Arabic      = &RangeTable{set: 7}
	Devanagari  = &RangeTable{set: 8}
	Thai        = &RangeTable{set: 9}
	Georgian    = &RangeTable{set: 10}
	Hangul      = &RangeTable{set: 11}
	Hiragana    = &RangeTable{set: 12}
	Katakana    = &RangeTable{set: 13}
	Han         = &RangeTable{set: 14}
)

var Categories = map[string]*RangeTable{
	"Lu": Lu,
	"Ll": Ll,
	"Lt": Lt,
	"Lm": Lm,
	"Lo": Lo,
	"Mn": Mn,
	"Mc": Mc,
	"Me": Me,
	"Nd": Nd,
	"Nl": Nl,
	"No": No,
	"Pc": Pc,
	"Pd": Pd,
	"Ps": Ps,
	"Pe": Pe,
	"Pi": Pi,
	"Pf": Pf,
	"Po": Po,
	"Sm": Sm,
	"Sc": Sc,
	"Sk": Sk,
	"So": So,
	"Zs": Zs,
	"Zl": Zl,
	"Zp": Zp,
	"Cc": Cc,
	"Cf": Cf,
	"Cs": Cs,
	"Co": Co,
	"L":  L,
	"M":  M,
	"N":  N,
	"P":  P,
	"S":  S,
	"Z":  Z,
	"C":  C,
}

var Scripts = map[string]*RangeTable{
	"Latin":      Latin,
	"Greek":      Greek,
	"Cyrillic":   Cyrillic,
	"Armenian":   Armenian,
	"Hebrew":     Hebrew,
	"Arabic":     Arabic,
	"Devanagari": Devanagari,
	"Thai":       Thai,
	"Georgian":   Georgian,
	"Hangul":     Hangul,
	"Hiragana":   Hiragana,
	"Katakana":   Katakana,
	"Han":        Han,
}

var Properties = map[string]*RangeTable{"White_Space": White_Space}

var GraphicRanges = []*RangeTable{L, M, N, P, S, Zs}
var PrintRanges = []*RangeTable{L, M, N, P, S}
