package progen

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
)

// Expr is generated expression source.
type Expr struct {
	S     string
	C     bool // a constant expression
	U     bool // untyped: its type comes from the context
	Fresh bool // a new backing array or object, not shared with a caller
}

// ---- literals ----

func (g *Gen) intLit(t *Type) (string, *big.Int) {
	min, max := intRange(t)
	var v *big.Int
	switch g.n(12) {
	case 0, 1, 2, 3:
		v = big.NewInt(int64(g.n(11)))
	case 4, 5:
		one := big.NewInt(1)
		opts := []*big.Int{min, max, new(big.Int).Sub(max, one), new(big.Int).Add(min, one), big.NewInt(0), big.NewInt(1)}
		if t.Signed {
			opts = append(opts, big.NewInt(-1), big.NewInt(-2))
		}
		v = pick(g, opts)
	case 6:
		k := g.n(t.Bits)
		v = new(big.Int).Lsh(big.NewInt(1), uint(k))
		switch g.n(3) {
		case 0:
			v.Sub(v, big.NewInt(1))
		case 1:
			v.Add(v, big.NewInt(1))
		}
		if t.Signed && g.p(0.4) {
			v.Neg(v)
		}
	case 7:
		v = new(big.Int).Rand(g.r, new(big.Int).Add(new(big.Int).Sub(max, min), big.NewInt(1)))
		v.Add(v, min)
	case 8:
		if t.Signed {
			v = big.NewInt(-int64(1 + g.n(20)))
		} else {
			v = big.NewInt(int64(g.n(50)))
		}
	case 9:
		v = big.NewInt(int64(100 + g.n(900)))
	case 10:
		v = big.NewInt(int64(pick(g, []int{'a', 'Z', '0', ' ', '\n', 'é', '世', 0x7f, 0x80, 0xff, 0x10FFFF, 0xD800, 0xFFFD})))
	default:
		v = big.NewInt(int64(g.n(256)))
	}
	if v.Cmp(min) < 0 {
		v = new(big.Int).Set(min)
	}
	if v.Cmp(max) > 0 {
		v = new(big.Int).Set(max)
	}
	return g.fmtInt(v), v
}

func (g *Gen) fmtInt(v *big.Int) string {
	if v.Sign() < 0 {
		return "-" + g.fmtInt(new(big.Int).Neg(v))
	}
	if v.IsInt64() {
		x := v.Int64()
		if g.p(0.08) {
			switch {
			case x >= 32 && x < 127 && x != '\'' && x != '\\':
				return "'" + string(rune(x)) + "'"
			case x == '\n':
				return `'\n'`
			case x == '\t':
				return `'\t'`
			case x == 0:
				return `'\x00'`
			case x == 'é' || x == '世':
				return "'" + string(rune(x)) + "'"
			case x == 0xFFFD:
				return `'\uFFFD'`
			case x < 0x110000 && x > 0xff && (x < 0xD800 || x > 0xDFFF):
				return fmt.Sprintf(`'\U%08x'`, x)
			}
		}
	}
	switch g.n(24) {
	case 0, 1:
		return "0x" + v.Text(16)
	case 2:
		return "0X" + strings.ToUpper(v.Text(16))
	case 3:
		return "0o" + v.Text(8)
	case 4:
		if v.Sign() > 0 {
			return "0" + v.Text(8)
		}
	case 5:
		if v.BitLen() <= 16 {
			return "0b" + v.Text(2)
		}
	case 6:
		s := v.Text(10)
		if len(s) > 3 {
			var b strings.Builder
			for i, c := range s {
				if i > 0 && (len(s)-i)%3 == 0 {
					b.WriteByte('_')
				}
				b.WriteRune(c)
			}
			return b.String()
		}
	}
	return v.Text(10)
}

var floatLits = []string{"0.1", "0.5", "1.5", "2.25", "3.0", "1e3", "1e-3", "123.456", "0.75", "6.02e23", "1e10", "0.3",
	"7", "100", ".5", "1.", "0x1p-2", "0x1.8p3", "1_000.5", "2.5e-5", "9.999", "3.14159", "2.718281828459045", "1e20",
	"1e-10", "0.2", "1.1", "33.333333333333336", "4.35", "1e15", "123456789.125", "0.000123", "5e-324", "1e-40",
	"3.4028234663852886e38", "1.7976931348623157e308", "16777217", "9007199254740993", "0.30000000000000004", "-0.0", "255.5", "65535.9"}

func (g *Gen) floatLit(t *Type) string {
	var s string
	if g.p(0.3) {
		// random value, printed with few or many digits
		mant := g.r.Float64()*20 - 10
		exp := g.n(12) - 6
		if t.Bits == 64 && g.p(0.2) {
			exp = g.n(40) - 20
		}
		prec := 1 + g.n(17)
		s = strconv.FormatFloat(mant*pow10(exp), 'g', prec, 64)
	} else {
		s = pick(g, floatLits)
	}
	if t.Bits == 32 {
		f, _ := strconv.ParseFloat(strings.ReplaceAll(s, "_", ""), 64)
		if f > 3e38 || f < -3e38 || (f != 0 && f < 1e-38 && f > -1e-38) {
			s = "2.5"
		}
	}
	if strings.HasPrefix(s, "-") {
		return "(" + s + ")"
	}
	return s
}

func pow10(e int) float64 {
	f := 1.0
	for e > 0 {
		f *= 10
		e--
	}
	for e < 0 {
		f /= 10
		e++
	}
	return f
}

var stringLits = []string{`""`, `"a"`, `"hello"`, `"Hello, World"`, `"héllo"`, `"日本語"`, `"a b  c"`, `" pad "`,
	`"x\ty"`, `"line\n"`, `"\x80\xfe"`, `"a\u00e9b"`, `"\U0001F600"`, `"ABC"`, `"go-lang"`, `"1234"`, `"-42"`,
	`"3.5"`, `"true"`, `"0x1F"`, "`raw\\n`", `"a,b,c"`, `"  spaced  "`, `"MiXeD"`, `"ß"`, `"İ"`, `"\u212a"`,
	`"z\x00z"`, `"aaa"`, `"abcabc"`, `"%d"`, `"\\"`, `"\""`, `"é"`, `"e\u0301"`, `"\xff"`, `"\xed\xa0\x80"`, `"1e5"`,
	`"+7"`, `"0b101"`, `"abc"`, `"b"`, `"ab"`, `"ς"`, `"Σ"`, `"ǅ"`}

func (g *Gen) stringLit() string { return pick(g, stringLits) }

// literal: a constant (basic types) or a composite literal.
func (g *Gen) literal(t *Type) Expr {
	switch t.K {
	case KInt:
		if len(t.Enum) > 0 && g.p(0.7) {
			return Expr{S: pick(g, t.Enum), C: true}
		}
		s, v := g.intLit(t)
		if v.Sign() < 0 {
			s = "(" + s + ")"
		}
		if g.p(0.15) {
			return Expr{S: t.S() + "(" + s + ")", C: true}
		}
		return Expr{S: s, C: true, U: true}
	case KFloat:
		s := g.floatLit(t)
		if g.p(0.15) {
			return Expr{S: t.S() + "(" + s + ")", C: true}
		}
		return Expr{S: s, C: true, U: true}
	case KString:
		s := g.stringLit()
		if t.Name != "" && g.p(0.2) {
			return Expr{S: t.Name + "(" + s + ")", C: true}
		}
		return Expr{S: s, C: true, U: true}
	case KBool:
		return Expr{S: pick(g, []string{"true", "false"}), C: true, U: true}
	}
	return g.composite(t, 1)
}

// literalNZ: a non-zero constant.
func (g *Gen) literalNZ(t *Type) Expr {
	for i := 0; i < 20; i++ {
		e := g.literal(t)
		z := strings.Trim(e.S, "()")
		if t.K == KInt {
			if len(t.Enum) > 0 {
				continue
			}
			s := strings.TrimPrefix(strings.TrimPrefix(z, t.S()+"("), "-")
			s = strings.Trim(s, "()-")
			if s == "0" || s == "0x0" || s == "0X0" || s == "0o0" || s == "0b0" || s == `'\x00'` {
				continue
			}
		}
		if t.K == KFloat {
			continue
		}
		return e
	}
	if t.K == KFloat {
		return Expr{S: pick(g, []string{"0.5", "2.0", "3", "1e3", "0.1", "7.25"}), C: true, U: true}
	}
	return Expr{S: "1", C: true, U: true}
}

func (g *Gen) composite(t *Type, d int) Expr {
	switch t.K {
	case KSlice:
		n := g.n(5)
		if g.p(0.1) && t.Elem.basic() {
			// make
			if g.p(0.5) {
				return Expr{S: fmt.Sprintf("make(%s, %d)", t.S(), g.n(4)), Fresh: true}
			}
			l := g.n(3)
			return Expr{S: fmt.Sprintf("make(%s, %d, %d)", t.S(), l, l+g.n(4)), Fresh: true}
		}
		var el []string
		for i := 0; i < n; i++ {
			el = append(el, g.elemExprE(t.Elem, d-1, true))
		}
		if n == 0 && g.p(0.3) {
			return Expr{S: "[]" + t.Elem.S() + "(nil)", Fresh: true}
		}
		return Expr{S: t.S() + "{" + strings.Join(el, ", ") + "}", Fresh: true}
	case KArray:
		var el []string
		switch g.n(4) {
		case 0: // keyed
			used := map[int]bool{}
			for i := 0; i < t.Len; i++ {
				k := g.n(t.Len)
				if used[k] {
					continue
				}
				used[k] = true
				el = append(el, fmt.Sprintf("%d: %s", k, g.elemExprE(t.Elem, d-1, true)))
			}
		case 1: // partial
			k := g.n(t.Len + 1)
			for i := 0; i < k; i++ {
				el = append(el, g.elemExprE(t.Elem, d-1, true))
			}
		default:
			for i := 0; i < t.Len; i++ {
				el = append(el, g.elemExprE(t.Elem, d-1, true))
			}
			if g.p(0.2) && t.Name == "" {
				return Expr{S: "[...]" + t.Elem.S() + "{" + strings.Join(el, ", ") + "}"}
			}
		}
		return Expr{S: t.S() + "{" + strings.Join(el, ", ") + "}"}
	case KMap:
		if g.p(0.2) {
			return Expr{S: "make(" + t.S() + ")", Fresh: true}
		}
		return Expr{S: g.mapLiteral(t, d), Fresh: true}
	case KStruct:
		if g.p(0.4) {
			// positional: every field
			var el []string
			for _, f := range t.Fields {
				el = append(el, g.elemExpr(f.T, d-1))
			}
			return Expr{S: "(" + t.Name + "{" + strings.Join(el, ", ") + "})"}
		}
		var el []string
		for _, f := range t.Fields {
			if g.p(0.6) {
				el = append(el, f.Name+": "+g.elemExpr(f.T, d-1))
			}
		}
		return Expr{S: "(" + t.Name + "{" + strings.Join(el, ", ") + "})"}
	case KPtr:
		if t.Elem.K == KStruct && g.p(0.7) {
			e := g.composite(t.Elem, d)
			return Expr{S: "(&" + strings.TrimSuffix(strings.TrimPrefix(e.S, "("), ")") + ")", Fresh: true}
		}
		if g.inFunc() && g.p(0.5) {
			// address of a fresh local
			v := g.newLocal(t.Elem, g.exprTyped(t.Elem, d-1))
			return Expr{S: "(&" + g.use(v) + ")", Fresh: true}
		}
		return Expr{S: "new(" + t.Elem.S() + ")", Fresh: true}
	case KIface:
		return g.ifaceValue(t, d)
	case KFunc:
		return g.closureLit(t, d)
	}
	return Expr{S: g.zero(t)}
}

// elemExpr: an element of a composite literal (the type may be elided
// for composite element types).
func (g *Gen) elemExpr(t *Type, d int) string { return g.elemExprE(t, d, false) }

func (g *Gen) elemExprE(t *Type, d int, elide bool) string {
	if elide && t.K == KStruct && g.p(0.3) {
		e := g.composite(t, d)
		return strings.TrimPrefix(strings.TrimSuffix(strings.TrimPrefix(e.S, "("), ")"), t.Name)
	}
	if d <= 0 {
		if t.basic() {
			return g.literal(t).S
		}
		return g.composite(t, 0).S
	}
	return g.exprTo(t, d).S
}

func (g *Gen) mapKeyLits(k *Type, n int) []string {
	var keys []string
	seen := map[string]bool{}
	for i := 0; i < n*3 && len(keys) < n; i++ {
		var s, id string
		switch k.K {
		case KInt:
			var v *big.Int
			s, v = g.intLit(k)
			if v.Sign() < 0 {
				s = "(" + s + ")"
			}
			id = v.String()
		case KString:
			s = g.stringLit()
			u, err := strconv.Unquote(s)
			if err != nil {
				continue
			}
			id = u
		case KBool:
			s = pick(g, []string{"true", "false"})
			id = s
		default:
			return nil
		}
		if seen[id] {
			continue
		}
		seen[id] = true
		keys = append(keys, s)
	}
	return keys
}

func (g *Gen) mapLiteral(t *Type, d int) string {
	keys := g.mapKeyLits(t.Key, g.n(5))
	var el []string
	for _, k := range keys {
		el = append(el, k+": "+g.elemExprE(t.Elem, d-1, true))
	}
	return t.S() + "{" + strings.Join(el, ", ") + "}"
}

func (g *Gen) mapLiteralConst(t *Type) string {
	keys := g.mapKeyLits(t.Key, g.n(4))
	var el []string
	for _, k := range keys {
		el = append(el, k+": "+g.globalInit(t.Elem))
	}
	return t.S() + "{" + strings.Join(el, ", ") + "}"
}

// newLocal declares a fresh local variable initialised with e.
func (g *Gen) newLocal(t *Type, e Expr) *Var {
	v := &Var{Name: g.name("v"), T: t, Fresh: e.Fresh, NotNil: true}
	s := e.S
	if e.U {
		s = t.S() + "(" + s + ")"
	}
	g.declare(v)
	if t.K == KIface || (t.basic() && g.p(0.3)) {
		g.block.add(fmt.Sprintf("var %s %s = %s", v.Name, t.S(), e.S))
	} else {
		g.block.add(fmt.Sprintf("%s := %s", v.Name, s))
	}
	return v
}

// ---- expressions ----

// exprTo: an expression assignable to t (untyped constants allowed).
func (g *Gen) exprTo(t *Type, d int) Expr { return g.expr(t, d) }

// exprTyped: an expression of type t even where the context gives no type.
func (g *Gen) exprTyped(t *Type, d int) Expr {
	e := g.expr(t, d)
	if t.K == KIface {
		e.S = t.S() + "(" + e.S + ")"
		return e
	}
	if e.U {
		e.S = t.S() + "(" + e.S + ")"
		e.U = false
	}
	return e
}

// exprNC: a non-constant expression of type t.
func (g *Gen) exprNC(t *Type, d int) Expr {
	if g.p(0.3) {
		return g.atomNC(t)
	}
	e := g.expr(t, d)
	if !e.C && !e.U {
		return e
	}
	// combine the constant with a non-constant operand
	a := g.atomNC(t)
	switch t.K {
	case KInt, KFloat, KString:
		return Expr{S: "(" + e.S + " + " + a.S + ")"}
	case KBool:
		return Expr{S: "(" + e.S + " && " + a.S + ")"}
	}
	return a
}

func (g *Gen) expr(t *Type, d int) Expr {
	g.nest++
	defer func() { g.nest-- }()
	if d <= 0 || g.p(0.25) || g.nest > 10 {
		return g.atom(t)
	}
	if g.p(0.06) {
		if e, ok := g.callExpr(t, d); ok {
			return e
		}
	}
	switch t.K {
	case KInt:
		return g.intExpr(t, d)
	case KFloat:
		return g.floatExpr(t, d)
	case KString:
		return g.stringExpr(t, d)
	case KBool:
		return g.boolExpr(d)
	case KSlice:
		return g.sliceExpr(t, d)
	case KIface:
		if g.p(0.5) {
			return g.atom(t)
		}
		return g.ifaceValue(t, d)
	case KFunc:
		if g.p(0.6) {
			return g.atom(t)
		}
		return g.closureLit(t, d)
	}
	if g.p(0.5) {
		return g.atom(t)
	}
	return g.composite(t, d)
}

// atom: a variable, a field, an element, or a literal.
func (g *Gen) atom(t *Type) Expr {
	if e, ok := g.pickAtom(t, false); ok {
		return e
	}
	if t.basic() {
		return g.literal(t)
	}
	return g.composite(t, 1)
}

// atomNC: a non-constant atom; declares a variable when there is none.
func (g *Gen) atomNC(t *Type) Expr {
	if e, ok := g.pickAtom(t, true); ok {
		return e
	}
	if !g.inFunc() {
		return g.literal(t) // cannot happen in practice
	}
	lit := g.literal(t)
	if t.basic() {
		lit.S = t.S() + "(" + lit.S + ")"
		lit.U = false
	}
	v := g.newLocal(t, lit)
	return Expr{S: g.use(v), Fresh: v.Fresh}
}

func (g *Gen) pickAtom(t *Type, nonConst bool) (Expr, bool) {
	g.atomNest++
	defer func() { g.atomNest-- }()
	deep := g.atomNest > 2 || g.nest > 12
	var cands []func() Expr
	id := t.ID()
	for _, v := range g.lookup(func(v *Var) bool { return true }) {
		v := v
		if v.Chan {
			continue
		}
		if v.T.ID() == id && !v.Untyped {
			if nonConst && v.Const {
				continue
			}
			w := 3
			if v.Const {
				w = 1
			}
			for i := 0; i < w; i++ {
				cands = append(cands, func() Expr {
					return Expr{S: g.use(v), C: v.Const, Fresh: v.Fresh && v.fnDepth == g.fnDepth}
				})
			}
			continue
		}
		if v.Untyped && v.T.ID() == id && !nonConst {
			cands = append(cands, func() Expr { return Expr{S: g.use(v), C: true, U: true} })
			continue
		}
		if v.Const {
			continue
		}
		vt := v.T
		base := v.Name
		if deep {
			continue
		}
		if vt.K == KPtr && vt.Elem.K == KStruct && v.NotNil {
			vt = vt.Elem
		}
		switch vt.K {
		case KStruct:
			for _, path := range fieldPaths(vt, id, 2) {
				path := path
				cands = append(cands, func() Expr { return Expr{S: g.use(v) + path} })
			}
		case KSlice, KArray:
			if vt.Elem.ID() == id {
				cands = append(cands, func() Expr {
					g.use(v)
					return Expr{S: base + "[" + g.indexFor(base, vt) + "]"}
				})
			}
			if vt.Elem.K == KStruct {
				for _, path := range fieldPaths(vt.Elem, id, 1) {
					path := path
					cands = append(cands, func() Expr {
						g.use(v)
						return Expr{S: base + "[" + g.indexFor(base, vt) + "]" + path}
					})
				}
			}
		case KMap:
			if vt.Elem.ID() == id {
				cands = append(cands, func() Expr {
					g.use(v)
					return Expr{S: base + "[" + g.exprTyped(vt.Key, 1).S + "]"}
				})
			}
		case KPtr:
			if vt.Elem.ID() == id && v.NotNil {
				cands = append(cands, func() Expr { return Expr{S: "(*" + g.use(v) + ")"} })
			}
		case KString:
			if id == "uint8" && g.inFunc() {
				cands = append(cands, func() Expr {
					g.use(v)
					return Expr{S: base + "[" + g.indexFor(base, vt) + "]"}
				})
			}
		}
	}
	if len(cands) == 0 {
		return Expr{}, false
	}
	return pick(g, cands)(), true
}

// fieldPaths: selector paths (".F", ".E.G", promoted ".G") to fields of type id.
func fieldPaths(s *Type, id string, depth int) []string {
	var out []string
	for _, f := range s.Fields {
		if f.T.ID() == id {
			out = append(out, "."+f.Name)
		}
		if f.T.K == KStruct && depth > 1 {
			for _, p := range fieldPaths(f.T, id, depth-1) {
				out = append(out, "."+f.Name+p)
				if f.Embedded {
					out = append(out, p) // promoted
				}
			}
		}
	}
	return out
}

// indexFor: an in-range index expression for base (a slice, array or
// string; an empty slice or string still panics).
func (g *Gen) indexFor(base string, t *Type) string {
	if t.K == KArray {
		if g.p(0.4) {
			return strconv.Itoa(g.n(t.Len))
		}
		g.helpers["ix"] = true
		return fmt.Sprintf("ix(%s, %d)", g.intArg(), t.Len)
	}
	g.helpers["ix"] = true
	return fmt.Sprintf("ix(%s, len(%s))", g.intArg(), base)
}

// intArg: an int-typed expression (any integer type converted).
func (g *Gen) intArg() string {
	it := g.intType()
	if g.atomNest > 1 || g.nest > 10 {
		vs := g.varsOf(tInt)
		if len(vs) > 0 && g.p(0.7) {
			return g.use(pick(g, vs))
		}
		return strconv.Itoa(g.n(10))
	}
	if it.B == "int" && it.Name == "" && it.Alias == "" {
		return g.expr(it, 1).S
	}
	return "int(" + g.exprNC(it, 1).S + ")"
}

// binary builds a op b with at most one constant operand.
func (g *Gen) binOperands(t *Type, d int) (Expr, Expr) {
	a := g.expr(t, d-1)
	var b Expr
	if a.C || a.U {
		b = g.exprNC(t, d-1)
	} else {
		b = g.expr(t, d-1)
	}
	if g.p(0.5) {
		a, b = b, a
	}
	return a, b
}

func (g *Gen) intExpr(t *Type, d int) Expr {
	switch g.n(24) {
	case 0, 1, 2:
		return g.atom(t)
	case 3, 4, 5, 6, 7:
		a, b := g.binOperands(t, d)
		op := pick(g, []string{"+", "-", "*", "&", "|", "^", "&^", "+", "-", "*"})
		return Expr{S: "(" + a.S + " " + op + " " + b.S + ")"}
	case 8, 9:
		a := g.expr(t, d-1)
		op := pick(g, []string{"/", "%"})
		var b Expr
		if a.C || a.U || g.p(0.5) {
			b = g.exprNC(t, d-1)
			b.S = "(" + b.S + " | 1)"
		} else {
			b = g.literalNZ(t)
		}
		return Expr{S: "(" + a.S + " " + op + " " + b.S + ")"}
	case 10, 11, 12:
		a := g.expr(t, d-1)
		op := pick(g, []string{"<<", ">>"})
		if !(a.C || a.U) && g.p(0.4) {
			c := g.n(t.Bits + 4)
			if g.p(0.15) {
				c = pick(g, []int{t.Bits, t.Bits - 1, 100, 200, 255, 1000})
			}
			return Expr{S: "(" + a.S + " " + op + " " + strconv.Itoa(c) + ")"}
		}
		cnt := g.shiftCount(d - 1)
		return Expr{S: "(" + a.S + " " + op + " " + cnt + ")", U: a.U}
	case 13, 14:
		a := g.exprNC(t, d-1)
		op := pick(g, []string{"-", "^", "+", "-"})
		return Expr{S: "(" + op + a.S + ")"}
	case 15, 16, 17:
		// conversion from another integer type
		o := g.intType()
		a := g.exprNC(o, d-1)
		return Expr{S: t.S() + "(" + a.S + ")"}
	case 18:
		// conversion from a float, clamped into range
		ft := tFloat64
		if g.p(0.4) {
			ft = tFloat32
		}
		a := g.exprNC(ft, d-1)
		g.helpers["fclamp"] = true
		lo, hi := clampBounds(t)
		if ft.Bits == 32 {
			return Expr{S: fmt.Sprintf("%s(float32(fclamp(float64(%s), %s, %s)))", t.S(), a.S, lo, hi)}
		}
		return Expr{S: fmt.Sprintf("%s(fclamp(%s, %s, %s))", t.S(), a.S, lo, hi)}
	case 19:
		// len
		var s string
		switch g.n(3) {
		case 0:
			s = "len(" + g.exprNC(tString, d-1).S + ")"
		case 1:
			st := sliceOf(g.basicType())
			s = "len(" + g.exprNC(st, d-1).S + ")"
		default:
			st := sliceOf(g.basicType())
			if g.avoid("append-cap") {
				s = "len(" + g.exprNC(st, d-1).S + ")"
			} else {
				s = "cap(" + g.exprNC(st, d-1).S + ")"
			}
		}
		if t.B == "int" && t.Name == "" {
			return Expr{S: s}
		}
		return Expr{S: t.S() + "(" + s + ")"}
	case 20:
		if t.ID() == "int32" {
			// a rune of a string
			s := g.exprNC(tString, d-1)
			g.helpers["ix"] = true
			v := g.newLocal(sliceOf(tRune), Expr{S: "[]rune(" + s.S + ")", Fresh: true})
			g.use(v)
			// clipped: the conversion's capacity is Go's escape analysis'
			// choice (see case 7 of sliceExpr)
			g.block.add(fmt.Sprintf("%s = %s[:len(%s):len(%s)]", v.Name, v.Name, v.Name, v.Name))
			return Expr{S: fmt.Sprintf("%s[ix(%s, len(%s))]", v.Name, g.intArg(), v.Name)}
		}
		if t.ID() == "int" {
			switch g.n(4) {
			case 0:
				g.imports["strings"] = true
				return Expr{S: fmt.Sprintf("strings.Index(%s, %s)", g.exprTyped(tString, d-1).S, g.exprTyped(tString, d-1).S)}
			case 1:
				g.imports["strings"] = true
				return Expr{S: fmt.Sprintf("strings.Count(%s, %s)", g.exprTyped(tString, d-1).S, g.exprTyped(tString, 0).S)}
			case 2:
				g.imports["unicode/utf8"] = true
				return Expr{S: fmt.Sprintf("utf8.RuneCountInString(%s)", g.exprTyped(tString, d-1).S)}
			default:
				g.imports["strings"] = true
				return Expr{S: fmt.Sprintf("strings.Compare(%s, %s)", g.exprTyped(tString, d-1).S, g.exprTyped(tString, d-1).S)}
			}
		}
		return g.atom(t)
	case 21:
		if e, ok := g.callExpr(t, d); ok {
			return e
		}
		return g.atom(t)
	case 22:
		if g.p(0.3) {
			return g.iife(t, d)
		}
		return g.atom(t)
	default:
		if e, ok := g.methodCallExpr(t, d); ok {
			return e
		}
		return g.atom(t)
	}
}

func clampBounds(t *Type) (string, string) {
	switch t.B {
	case "int8":
		return "-128", "127"
	case "int16":
		return "-32768", "32767"
	case "uint8":
		return "0", "255"
	case "uint16":
		return "0", "65535"
	case "int32":
		return "-2e9", "2e9"
	case "uint32":
		return "0", "4e9"
	case "int", "int64":
		return "-9e18", "9e18"
	}
	return "0", "1.8e19"
}

// shiftCount: a non-constant shift count that is never negative.
func (g *Gen) shiftCount(d int) string {
	ct := g.intType()
	e := g.exprNC(ct, d)
	if !ct.Signed {
		if g.p(0.5) {
			return e.S
		}
		return "(" + e.S + " % " + strconv.Itoa(8+g.n(70)) + ")"
	}
	switch g.n(3) {
	case 0:
		mask := pick(g, []int{7, 15, 31, 63, 127})
		return "(" + e.S + " & " + strconv.Itoa(mask) + ")"
	case 1:
		return "uint(" + e.S + ")"
	default:
		return pick(g, []string{"uint8(", "uint16(", "uint32("}) + e.S + ")"
	}
}

func (g *Gen) floatExpr(t *Type, d int) Expr {
	wrap := func(s string) Expr {
		if t.B == "float64" && t.Name == "" {
			return Expr{S: s}
		}
		return Expr{S: t.S() + "(" + s + ")"}
	}
	switch g.n(18) {
	case 0, 1, 2:
		return g.atom(t)
	case 3, 4, 5, 6:
		a, b := g.binOperands(t, d)
		op := pick(g, []string{"+", "-", "*", "/"})
		if op == "/" && b.C {
			b = g.literalNZ(t)
		}
		return Expr{S: "(" + a.S + " " + op + " " + b.S + ")"}
	case 7:
		return Expr{S: "(-" + g.exprNC(t, d-1).S + ")"}
	case 8, 9:
		o := g.intType()
		return Expr{S: t.S() + "(" + g.exprNC(o, d-1).S + ")"}
	case 10:
		o := tFloat64
		if t.Bits == 64 {
			o = tFloat32
		}
		return Expr{S: t.S() + "(" + g.exprNC(o, d-1).S + ")"}
	case 11, 12, 13:
		g.imports["math"] = true
		x := g.exprNC(tFloat64, d-1).S
		if t.Bits == 32 || t.Name != "" {
			x = "float64(" + g.exprNC(t, d-1).S + ")"
		}
		switch g.n(16) {
		case 0:
			return wrap("math.Sqrt(math.Abs(" + x + "))")
		case 1:
			return wrap("math.Floor(" + x + ")")
		case 2:
			return wrap("math.Ceil(" + x + ")")
		case 3:
			return wrap("math.Trunc(" + x + ")")
		case 4:
			return wrap("math.Abs(" + x + ")")
		case 5:
			return wrap("math.Max(" + x + ", " + g.literal(tFloat64).S + ")")
		case 6:
			return wrap("math.Min(" + x + ", " + g.exprTyped(tFloat64, d-1).S + ")")
		case 7:
			return wrap("math.Mod(" + x + ", " + g.literalNZ(tFloat64).S + ")")
		case 8:
			return wrap("math.Round(" + x + ")")
		case 9:
			return wrap("math.Copysign(" + x + ", -1)")
		case 10:
			return wrap("math.Pow(" + x + ", " + pick(g, []string{"2", "3", "0.5", "-1", "10"}) + ")")
		case 11:
			return wrap(pick(g, []string{"math.Exp(", "math.Sin(", "math.Cos(", "math.Atan(", "math.Cbrt(", "math.Tanh("}) + x + ")")
		case 12:
			return wrap(pick(g, []string{"math.Log", "math.Log2", "math.Log10", "math.Log1p"}) + "(math.Abs(" + x + ") + 1)")
		case 13:
			return wrap("math.Hypot(" + x + ", " + g.literal(tFloat64).S + ")")
		case 14:
			return wrap("math.Inf(" + pick(g, []string{"1", "-1"}) + ")")
		default:
			return wrap("math.Float64frombits(math.Float64bits(" + x + ") ^ 1)")
		}
	case 14:
		if e, ok := g.callExpr(t, d); ok {
			return e
		}
		return g.atom(t)
	case 15:
		if e, ok := g.methodCallExpr(t, d); ok {
			return e
		}
		return g.atom(t)
	case 16:
		if g.p(0.3) {
			return g.iife(t, d)
		}
		return g.atom(t)
	default:
		if t.Bits == 64 && t.Name == "" {
			g.imports["strconv"] = true
			// parse a float from a formatted one (errors ignored)
			v := g.newLocal(tFloat64, Expr{S: "0.0"})
			_ = v
			x := g.exprTyped(tFloat64, d-1).S
			g.block.add(fmt.Sprintf("%s, _ = strconv.ParseFloat(strconv.FormatFloat(%s, 'g', %d, 64), 64)", v.Name, x, g.n(18)-1))
			return Expr{S: g.use(v)}
		}
		return g.atom(t)
	}
}

func (g *Gen) stringExpr(t *Type, d int) Expr {
	if t.Name != "" {
		switch g.n(4) {
		case 0:
			return Expr{S: t.Name + "(" + g.stringExpr(tString, d-1).S + ")"}
		case 1:
			a, b := g.binOperands(t, d)
			return Expr{S: "(" + a.S + " + " + b.S + ")"}
		}
		return g.atom(t)
	}
	sx := func() string { return g.exprTyped(tString, d-1).S }
	switch g.n(30) {
	case 0, 1, 2:
		return g.atom(t)
	case 3, 4, 5:
		a, b := g.binOperands(t, d)
		return Expr{S: "(" + a.S + " + " + b.S + ")"}
	case 6, 7:
		// slicing with in-range bounds
		v := g.atomNC(tString)
		s := v.S
		a, b := g.n(5), 0
		b = a + g.n(5-a)
		switch g.n(4) {
		case 0:
			return Expr{S: fmt.Sprintf("%s[len(%s)*%d/4:]", s, s, a)}
		case 1:
			return Expr{S: fmt.Sprintf("%s[:len(%s)*%d/4]", s, s, b)}
		case 2:
			return Expr{S: fmt.Sprintf("%s[:]", s)}
		default:
			return Expr{S: fmt.Sprintf("%s[len(%s)*%d/4:len(%s)*%d/4]", s, s, a, s, b)}
		}
	case 8:
		r := g.exprNC(tRune, d-1)
		return Expr{S: "string(" + r.S + ")"}
	case 9:
		b := g.exprNC(sliceOf(tByte), d-1)
		return Expr{S: "string(" + b.S + ")"}
	case 10:
		b := g.exprNC(sliceOf(tRune), d-1)
		return Expr{S: "string(" + b.S + ")"}
	case 11, 12, 13, 14:
		g.imports["strings"] = true
		switch g.n(16) {
		case 0:
			return Expr{S: "strings.ToUpper(" + sx() + ")"}
		case 1:
			return Expr{S: "strings.ToLower(" + sx() + ")"}
		case 2:
			return Expr{S: fmt.Sprintf("strings.Repeat(%s, %d)", sx(), g.n(4))}
		case 3:
			return Expr{S: "strings.TrimSpace(" + sx() + ")"}
		case 4:
			return Expr{S: fmt.Sprintf("strings.Trim(%s, %s)", sx(), g.stringLit())}
		case 5:
			return Expr{S: fmt.Sprintf("strings.Replace(%s, %s, %s, %d)", sx(), g.stringLit(), g.stringLit(), g.n(4)-1)}
		case 6:
			return Expr{S: fmt.Sprintf("strings.ReplaceAll(%s, %s, %s)", sx(), g.stringLit(), sx())}
		case 7:
			return Expr{S: fmt.Sprintf("strings.Join(%s, %s)", g.exprNC(sliceOf(tString), d-1).S, g.stringLit())}
		case 8:
			return Expr{S: "strings.Title(" + sx() + ")"}
		case 9:
			return Expr{S: fmt.Sprintf("strings.TrimLeft(%s, %s)", sx(), g.stringLit())}
		case 10:
			return Expr{S: fmt.Sprintf("strings.TrimPrefix(%s, %s)", sx(), sx())}
		case 11:
			return Expr{S: fmt.Sprintf("strings.TrimSuffix(%s, %s)", sx(), g.stringLit())}
		case 12:
			return Expr{S: "strings.ToTitle(" + sx() + ")"}
		case 13:
			if g.noFuncLit > 0 {
				return Expr{S: "strings.ToLower(" + sx() + ")"}
			}
			return Expr{S: fmt.Sprintf("strings.Map(func(r rune) rune {\n\tif r == %s {\n\t\treturn -1\n\t}\n\treturn r + %d\n}, %s)", pick(g, []string{"'a'", "'b'", "' '", "'é'"}), g.n(3), sx())}
		case 14:
			return Expr{S: fmt.Sprintf("strings.ToValidUTF8(%s, %s)", sx(), pick(g, []string{`"?"`, `""`, `"\uFFFD"`}))}
		default:
			return Expr{S: fmt.Sprintf("strings.TrimRight(%s, %s)", sx(), g.stringLit())}
		}
	case 15, 16, 17:
		g.imports["strconv"] = true
		switch g.n(9) {
		case 0, 1:
			return Expr{S: "strconv.Itoa(" + g.exprTyped(tInt, d-1).S + ")"}
		case 2:
			return Expr{S: fmt.Sprintf("strconv.FormatInt(int64(%s), %d)", g.exprNC(g.intType(), d-1).S, 2+g.n(35))}
		case 3:
			return Expr{S: "strconv.Quote(" + sx() + ")"}
		case 4:
			return Expr{S: fmt.Sprintf("strconv.FormatFloat(%s, '%c', %d, %d)", g.exprTyped(tFloat64, d-1).S, pick(g, []rune("gefEGb")), g.n(20)-1, pick(g, []int{32, 64}))}
		case 5:
			return Expr{S: fmt.Sprintf("strconv.FormatUint(uint64(%s), %d)", g.exprNC(g.intType(), d-1).S, 2+g.n(35))}
		case 6:
			return Expr{S: "strconv.QuoteToASCII(" + sx() + ")"}
		case 7:
			return Expr{S: "strconv.QuoteRune(" + g.exprTyped(tRune, d-1).S + ")"}
		default:
			return Expr{S: "strconv.FormatBool(" + g.boolExpr(d-1).S + ")"}
		}
	case 18, 19, 20:
		return Expr{S: g.sprintf(d-1, true)}
	case 21:
		var args []string
		for i := 0; i < 1+g.n(3); i++ {
			args = append(args, g.printArg(d-1))
		}
		return Expr{S: pick(g, []string{"fmt.Sprint(", "fmt.Sprintln("}) + strings.Join(args, ", ") + ")"}
	case 22, 23:
		if e, ok := g.callExpr(t, d); ok {
			return e
		}
		return g.atom(t)
	case 24, 25:
		if e, ok := g.methodCallExpr(t, d); ok {
			return e
		}
		return g.atom(t)
	case 26:
		if g.p(0.3) {
			return g.iife(t, d)
		}
		return g.atom(t)
	case 27:
		// a Stringer's or an error's text
		vs := g.lookup(func(v *Var) bool { return !v.Untyped && (v.T.Stringer || v.T.Errorer || v.T.IsError) && !v.Chan })
		if len(vs) > 0 {
			v := pick(g, vs)
			if v.T.Errorer || v.T.IsError {
				return Expr{S: g.use(v) + ".Error()"}
			}
			return Expr{S: g.use(v) + ".String()"}
		}
		return g.atom(t)
	default:
		if g.p(0.5) {
			return Expr{S: "string(" + g.exprNC(tByte, d-1).S + ")"}
		}
		return Expr{S: fmt.Sprintf("fmt.Sprintf(\"%%c\", %s)", g.exprTyped(tRune, d-1).S)}
	}
}

// cmpType: a type whose values can be compared with ==.
func (g *Gen) cmpType() *Type {
	switch g.n(10) {
	case 0:
		if len(g.structs) > 0 {
			s := pick(g, g.structs)
			if comparable(s) {
				return s
			}
		}
	case 1:
		return arrayOf(1+g.n(3), g.intType())
	case 2:
		if len(g.named) > 0 {
			return pick(g, g.named)
		}
	}
	return g.basicType()
}

func (g *Gen) boolExpr(d int) Expr {
	if d <= 0 {
		if e, ok := g.pickAtom(tBool, false); ok {
			return e
		}
		return Expr{S: pick(g, []string{"true", "false"}), C: true, U: true}
	}
	switch g.n(16) {
	case 0, 1, 2, 3, 4:
		t := g.cmpType()
		if ordered(t) && g.p(0.6) {
			a, b := g.binOperands(t, d)
			return Expr{S: "(" + a.S + " " + pick(g, []string{"<", "<=", ">", ">=", "==", "!="}) + " " + b.S + ")"}
		}
		a, b := g.binOperands(t, d)
		return Expr{S: "(" + a.S + " " + pick(g, []string{"==", "!="}) + " " + b.S + ")"}
	case 5, 6:
		a := g.boolExpr(d - 1)
		b := g.boolExpr(d - 1)
		if a.C && b.C {
			b = g.boolNC(d - 1)
		}
		return Expr{S: "(" + a.S + " " + pick(g, []string{"&&", "||"}) + " " + b.S + ")"}
	case 7:
		a := g.boolNC(d - 1)
		return Expr{S: "!" + a.S}
	case 8, 9:
		g.imports["strings"] = true
		f := pick(g, []string{"Contains", "HasPrefix", "HasSuffix", "EqualFold", "ContainsAny"})
		return Expr{S: fmt.Sprintf("strings.%s(%s, %s)", f, g.exprTyped(tString, d-1).S, g.exprTyped(tString, d-1).S)}
	case 10:
		if e, ok := g.callExpr(tBool, d); ok {
			return e
		}
	case 11:
		if e, ok := g.methodCallExpr(tBool, d); ok {
			return e
		}
	case 12:
		// pointer equality is deterministic
		if len(g.structs) > 0 {
			pt := ptrTo(pick(g, g.structs))
			vs := g.varsOf(pt)
			if len(vs) >= 1 {
				a := pick(g, vs)
				b := pick(g, vs)
				return Expr{S: "(" + g.use(a) + " == " + g.use(b) + ")"}
			}
		}
	case 13:
		// nil comparisons
		st := sliceOf(g.basicType())
		return Expr{S: "(" + g.exprNC(st, d-1).S + pick(g, []string{" == nil)", " != nil)"})}
	case 14:
		g.imports["unicode"] = true
		return Expr{S: fmt.Sprintf("unicode.%s(%s)", pick(g, []string{"IsUpper", "IsLower", "IsDigit", "IsLetter", "IsSpace", "IsPunct"}), g.exprTyped(tRune, d-1).S)}
	}
	return g.atom(tBool)
}

func (g *Gen) boolNC(d int) Expr { return g.exprNC(tBool, d) }

func (g *Gen) sliceExpr(t *Type, d int) Expr {
	switch g.n(12) {
	case 0, 1, 2:
		return g.atom(t)
	case 3, 4:
		return g.composite(t, d)
	case 5, 6:
		v := g.atomNC(t)
		s := v.S
		a := g.n(5)
		b := a + g.n(5-a)
		switch g.n(4) {
		case 0:
			return Expr{S: fmt.Sprintf("%s[len(%s)*%d/4:]", s, s, a), Fresh: v.Fresh}
		case 1:
			return Expr{S: fmt.Sprintf("%s[:len(%s)*%d/4]", s, s, b), Fresh: v.Fresh}
		case 2:
			// full slice expression: limits the capacity
			return Expr{S: fmt.Sprintf("%s[len(%s)*%d/4:len(%s)*%d/4:len(%s)]", s, s, a, s, b, s), Fresh: v.Fresh}
		default:
			return Expr{S: fmt.Sprintf("%s[:len(%s)*%d/4:len(%s)*%d/4]", s, s, a, s, b), Fresh: v.Fresh}
		}
	case 7:
		// the capacity of a conversion's result is Go's choice (a 32-element
		// stack buffer when it does not escape): clip it to the length
		// (the temporary is not a variable the program may touch again)
		if (t.Elem.ID() == "uint8" || t.Elem.ID() == "int32") && t.Name == "" && g.inFunc() {
			conv := "[]byte("
			if t.Elem.ID() == "int32" {
				conv = "[]rune("
			}
			e := g.exprTyped(tString, d-1).S
			tmp := g.name("conv")
			g.block.add(fmt.Sprintf("%s := %s%s)", tmp, conv, e))
			return Expr{S: fmt.Sprintf("%s[:len(%s):len(%s)]", tmp, tmp, tmp), Fresh: true}
		}
		if t.Elem.ID() == "string" {
			g.imports["strings"] = true
			switch g.n(3) {
			case 0:
				return Expr{S: "strings.Fields(" + g.exprTyped(tString, d-1).S + ")", Fresh: true}
			case 1:
				return Expr{S: fmt.Sprintf("strings.SplitN(%s, %s, %d)", g.exprTyped(tString, d-1).S, g.stringLit(), g.n(4)-1), Fresh: true}
			default:
				return Expr{S: fmt.Sprintf("strings.Split(%s, %s)", g.exprTyped(tString, d-1).S, g.stringLit()), Fresh: true}
			}
		}
		return g.atom(t)
	case 8:
		// append to a fresh copy
		var el []string
		for i := 0; i < 1+g.n(3); i++ {
			el = append(el, g.exprTo(t.Elem, d-1).S)
		}
		return Expr{S: "append(" + t.S() + "(nil), " + strings.Join(el, ", ") + ")", Fresh: true}
	case 9:
		if e, ok := g.callExpr(t, d); ok {
			return e
		}
	case 10:
		if t.Elem.ID() == "uint8" && t.Name == "" && !g.avoid("append-cap") {
			g.imports["strconv"] = true
			return Expr{S: fmt.Sprintf("strconv.AppendInt(nil, int64(%s), %d)", g.exprNC(g.intType(), d-1).S, 2+g.n(35)), Fresh: true}
		}
	}
	return g.atom(t)
}

// ifaceValue: a value of interface type t.
func (g *Gen) ifaceValue(t *Type, d int) Expr {
	if t.IsAny {
		var ct *Type
		switch g.n(6) {
		case 0:
			if len(g.structs) > 0 {
				s := pick(g, g.structs)
				if printable(s, false) {
					ct = s
				}
			}
		case 1:
			if len(g.named) > 0 {
				ct = pick(g, g.named)
			}
		case 2:
			ct = sliceOf(g.basicType())
		}
		if ct == nil {
			ct = g.basicType()
		}
		return g.exprTyped(ct, d-1)
	}
	if t.IsError {
		switch g.n(3) {
		case 0:
			g.imports["errors"] = true
			return Expr{S: "errors.New(" + g.exprTyped(tString, d-1).S + ")"}
		case 1:
			return Expr{S: fmt.Sprintf("fmt.Errorf(\"e%%d: %%s\", %s, %s)", g.exprTyped(tInt, d-1).S, g.exprTyped(tString, d-1).S)}
		}
		if len(t.Impls) > 0 {
			im := pick(g, t.Impls)
			return g.exprTyped(im.T, d-1)
		}
		g.imports["errors"] = true
		return Expr{S: "errors.New(\"plain\")"}
	}
	if len(t.Impls) == 0 {
		return g.atom(t)
	}
	im := pick(g, t.Impls)
	if im.Ptr {
		return g.composite(ptrTo(im.T), d-1)
	}
	if g.p(0.2) {
		// a pointer implements it too
		return g.composite(ptrTo(im.T), d-1)
	}
	return g.exprTyped(im.T, d-1)
}

// ---- calls ----

func (g *Gen) args(params []*Type, variadic bool, d int) string {
	var as []string
	for i, p := range params {
		if variadic && i == len(params)-1 {
			if g.p(0.3) {
				as = append(as, g.exprNC(p, d).S+"...")
			} else {
				for j := 0; j < g.n(3); j++ {
					as = append(as, g.exprTo(p.Elem, d).S)
				}
			}
			continue
		}
		as = append(as, g.exprTo(p, d).S)
	}
	return strings.Join(as, ", ")
}

func (g *Gen) callExpr(t *Type, d int) (Expr, bool) {
	if g.fn == nil || g.fn.noCalls {
		return Expr{}, false
	}
	var cands []*Func
	for _, f := range g.funcs {
		if len(f.Results) == 1 && same(f.Results[0], t) && (!f.Prints || g.fn.canPrint) {
			cands = append(cands, f)
		}
	}
	// func-typed variables
	var fvs []*Var
	for _, v := range g.lookup(func(v *Var) bool {
		return v.T.K == KFunc && len(v.T.Results) == 1 && same(v.T.Results[0], t)
	}) {
		fvs = append(fvs, v)
	}
	if len(cands) == 0 && len(fvs) == 0 {
		return Expr{}, false
	}
	if len(fvs) > 0 && (len(cands) == 0 || g.p(0.4)) {
		v := pick(g, fvs)
		return Expr{S: g.use(v) + "(" + g.args(v.T.Params, false, d-1) + ")"}, true
	}
	f := pick(g, cands)
	return Expr{S: f.Name + "(" + g.args(f.Params, f.Variadic, d-1) + ")"}, true
}

// methodCallExpr: a call of a non-mutating method returning t.
func (g *Gen) methodCallExpr(t *Type, d int) (Expr, bool) {
	if g.fn == nil || g.fn.noCalls {
		return Expr{}, false
	}
	type cand struct {
		v *Var
		m *Method
	}
	var cands []cand
	for _, v := range g.lookup(func(v *Var) bool { return !v.Untyped && !v.Chan }) {
		vt := v.T
		ptr := false
		if vt.K == KPtr && v.NotNil {
			vt, ptr = vt.Elem, true
		}
		if vt.K == KIface && !vt.IsAny {
			if !v.NotNil {
				continue
			}
			for _, m := range vt.IMethods {
				if len(m.Results) == 1 && same(m.Results[0], t) {
					cands = append(cands, cand{v, m})
				}
			}
			continue
		}
		if vt.Name == "" {
			continue
		}
		addressable := ptr || (!v.Const && !v.Loop)
		for _, m := range methodSet(vt, addressable) {
			if m.Mutating || m.Name == "String" || m.Name == "Error" {
				continue
			}
			if len(m.Results) == 1 && same(m.Results[0], t) {
				cands = append(cands, cand{v, m})
			}
		}
	}
	if len(cands) == 0 {
		return Expr{}, false
	}
	c := pick(g, cands)
	return Expr{S: g.use(c.v) + "." + c.m.Name + "(" + g.args(c.m.Params, false, d-1) + ")"}, true
}

// methodSet lists the methods callable on a value (ptr: also pointer
// receivers) of t, promoted ones included.
func methodSet(t *Type, ptr bool) []*Method {
	var out []*Method
	seen := map[string]bool{}
	var walk func(t *Type)
	walk = func(t *Type) {
		for _, m := range t.Methods {
			if !seen[m.Name] && (ptr || !m.PtrRecv) {
				out = append(out, m)
			}
			seen[m.Name] = true
		}
		if t.K == KStruct {
			for _, f := range t.Fields {
				if f.Embedded {
					walk(f.T)
				}
			}
		}
	}
	walk(t)
	return out
}

// iife: an immediately called closure returning t.
func (g *Gen) iife(t *Type, d int) Expr {
	if !g.inFunc() || g.noFuncLit > 0 {
		return g.atom(t)
	}
	body := g.funcBody([]*Type{t}, nil, nil, 1)
	return Expr{S: "func() " + t.S() + " {\n" + body + "\n}()"}
}

// closureLit: a function literal of type t.
func (g *Gen) closureLit(t *Type, d int) Expr {
	if !g.inFunc() {
		return Expr{S: "nil"}
	}
	var ps []string
	var pvs []*Var
	for _, p := range t.Params {
		v := &Var{Name: g.name("a"), T: p}
		pvs = append(pvs, v)
		ps = append(ps, v.Name+" "+p.S())
	}
	body := g.funcBody(t.Results, pvs, nil, 1+g.n(2))
	return Expr{S: "func(" + strings.Join(ps, ", ") + ")" + resultsString(t.Results) + " {\n" + body + "\n}"}
}

// funcBody generates the body of a closure (a new function level).
func (g *Gen) funcBody(results []*Type, params []*Var, setup func(), nstmts int) string {
	savedFn := g.fn
	g.fn = &FnCtx{results: results, parent: savedFn, canPrint: savedFn != nil && savedFn.canPrint, inLoop: savedFn != nil && (savedFn.inLoop || savedFn.loops > 0), pure: true}
	g.fnDepth++
	body := g.body(func() {
		for _, v := range params {
			g.declare(v)
			v.Used = true
		}
		if setup != nil {
			setup()
		}
		for i := 0; i < nstmts; i++ {
			g.stmt(1)
		}
		if len(results) > 0 {
			var rs []string
			for _, r := range results {
				rs = append(rs, g.exprTo(r, 2).S)
			}
			g.block.add("return " + strings.Join(rs, ", "))
		}
	})
	g.fnDepth--
	g.fn = savedFn
	return body
}
