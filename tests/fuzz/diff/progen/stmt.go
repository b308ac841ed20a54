package progen

import (
	"fmt"
	"strconv"
	"strings"
)

// ---- who may write what ----
//
// Expressions may call functions, methods and closures, and Go leaves the
// order between a variable read and a call in one expression unspecified.
// So everything callable from an expression (functions, methods, closures:
// "pure" contexts) writes only to its own locals and to backing arrays,
// maps and objects it made itself (Fresh). Test functions, called only
// from main, write anything.

func (g *Gen) canAssignVar(v *Var) bool {
	if v.Const || v.Loop || v.NoAssign || v.Untyped || v.Chan {
		return false
	}
	if v.Global {
		return g.fn.isTest && g.fnDepth == 1
	}
	return v.fnDepth == g.fnDepth
}

func (g *Gen) canWriteThrough(v *Var) bool {
	if v.Const || v.Untyped || v.Chan {
		return false
	}
	if !g.fn.pure {
		if v.Global {
			return g.fnDepth == 1
		}
		return true
	}
	return v.Fresh && v.fnDepth == g.fnDepth && !v.Global
}

type target struct {
	lhs   string
	t     *Type
	v     *Var
	guard string // condition that must hold (non-empty slice)
	plain bool   // the variable itself
}

// target picks something assignable.
func (g *Gen) target() (target, bool) {
	if g.avoid("compound-index-closure") {
		g.noFuncLit++
		defer func() { g.noFuncLit-- }()
	}
	var cands []target
	for _, v := range g.lookup(func(v *Var) bool { return true }) {
		if g.canAssignVar(v) {
			cands = append(cands, target{lhs: v.Name, t: v.T, v: v, plain: true})
			cands = append(cands, target{lhs: v.Name, t: v.T, v: v, plain: true})
			if v.T.K == KStruct {
				for _, f := range allFields(v.T) {
					cands = append(cands, target{lhs: v.Name + "." + f.Name, t: f.T, v: v})
				}
			}
			if v.T.K == KArray {
				cands = append(cands, target{lhs: v.Name + "[" + g.indexFor(v.Name, v.T) + "]", t: v.T.Elem, v: v})
			}
		}
		if g.canWriteThrough(v) {
			switch v.T.K {
			case KSlice:
				g.helpers["ix"] = true
				cands = append(cands, target{lhs: v.Name + "[" + g.indexFor(v.Name, v.T) + "]", t: v.T.Elem, v: v, guard: "len(" + v.Name + ") > 0"})
			case KMap:
				cands = append(cands, target{lhs: v.Name + "[" + g.exprTyped(v.T.Key, 1).S + "]", t: v.T.Elem, v: v})
			case KPtr:
				if v.T.Elem.K == KStruct {
					for _, f := range allFields(v.T.Elem) {
						cands = append(cands, target{lhs: v.Name + "." + f.Name, t: f.T, v: v})
					}
				} else {
					cands = append(cands, target{lhs: "*" + v.Name, t: v.T.Elem, v: v})
				}
			}
		}
	}
	if len(cands) == 0 {
		return target{}, false
	}
	return pick(g, cands), true
}

func (g *Gen) inLoop() bool { return g.fn.loops > 0 || g.fn.inLoop }

// guardGrowth wraps an assignment that can make a string or slice longer,
// so that loops cannot blow up.
func (g *Gen) guardGrowth(t *Type, lhs, s string) string {
	if (t.K == KString || t.K == KSlice) && g.inLoop() {
		return braces("if len("+lhs+") < 64", "\t"+s)
	}
	return s
}

// ---- statements ----

func (g *Gen) stmt(d int) {
	if g.opt.Invalid && !g.mutated && g.fn != nil {
		g.stmtCount++
		if g.stmtCount >= g.mutateAt {
			g.mutate()
		}
	}
	for tries := 0; tries < 10; tries++ {
		if g.tryStmt(d) {
			return
		}
	}
	g.declStmt(d)
}

func (g *Gen) tryStmt(d int) bool {
	top := g.fn.isTest && g.fnDepth == 1
	switch k := g.n(100); {
	case k < 14:
		return g.declStmt(d)
	case k < 28:
		return g.assignStmt(d)
	case k < 42:
		if !g.fn.canPrint || g.inLoop() && g.p(0.5) {
			return false
		}
		return g.printStmt(d)
	case k < 48:
		return d > 0 && g.ifStmt(d)
	case k < 55:
		return d > 0 && g.forStmt(d)
	case k < 59:
		return d > 0 && g.switchStmt(d)
	case k < 61:
		return d > 0 && g.typeSwitchStmt(d)
	case k < 65:
		return g.callStmt(d)
	case k < 69:
		return g.appendStmt(d)
	case k < 72:
		return g.mapStmt(d)
	case k < 74:
		return top && g.deferStmt(d)
	case k < 77:
		return d > 0 && g.closureDecl(d)
	case k < 79:
		return top && g.panicStmt(false)
	case k < 81:
		return top && !g.inLoop() && g.goStmt(d)
	case k < 83:
		return g.fn.canPrint && g.builderStmt(d)
	case k < 85:
		return g.fn.canPrint && g.strconvStmt(d)
	case k < 87:
		return g.multiAssign(d)
	case k < 89:
		return g.fn.canPrint && g.sortStmt(d)
	case k < 91:
		return g.fn.canPrint && g.valueSemantics(d)
	case k < 93:
		return g.breakContinue(d)
	case k < 94:
		return d > 0 && g.nestedBlock(d)
	case k < 96:
		return g.fn.canPrint && g.assertStmt(d)
	case k < 97:
		return g.fn.canPrint && g.methodValueStmt(d)
	case k < 98:
		return g.fn.canPrint && g.selectStmt(d)
	case k < 99:
		return g.fn.canPrint && g.copyOverlap(d)
	default:
		return g.fn.canPrint && g.errorStmt(d)
	}
}

func (g *Gen) declStmt(d int) bool {
	var t *Type
	if g.p(0.5) {
		t = g.basicType()
	} else {
		t = g.varType(1)
	}
	e := g.exprTyped(t, d+1)
	v := &Var{Name: g.name("v"), T: t, Fresh: e.Fresh, NotNil: true}
	switch {
	case g.p(0.15) && (t.basic() || t.K == KStruct || t.K == KArray || t.K == KSlice):
		g.declare(v)
		g.block.add(fmt.Sprintf("var %s %s", v.Name, t.S()))
		v.Fresh = true
	case g.p(0.25):
		e2 := g.exprTo(t, d+1)
		g.declare(v)
		g.block.add(fmt.Sprintf("var %s %s = %s", v.Name, t.S(), e2.S))
		v.Fresh = e2.Fresh
	case g.p(0.15):
		t2 := g.basicType()
		e2 := g.exprTyped(t2, d)
		v2 := &Var{Name: g.name("v"), T: t2, NotNil: true}
		g.declare(v)
		g.declare(v2)
		g.block.add(fmt.Sprintf("%s, %s := %s, %s", v.Name, v2.Name, e.S, e2.S))
	default:
		g.declare(v)
		g.block.add(fmt.Sprintf("%s := %s", v.Name, e.S))
	}
	return true
}

var intAssignOps = []string{"+=", "-=", "*=", "&=", "|=", "^=", "&^=", "/=", "%=", "<<=", ">>="}

func (g *Gen) assignStmt(d int) bool {
	tg, ok := g.target()
	if !ok {
		return false
	}
	t := tg.t
	var s string
	rhs := func() Expr {
		if tg.plain && tg.v.Fresh && !t.basic() && t.K != KStruct && t.K != KArray {
			// keep the variable fresh (see canWriteThrough)
			return g.composite(t, d)
		}
		return g.exprTo(t, d+1)
	}
	switch {
	case t.K == KInt && g.p(0.45):
		op := pick(g, intAssignOps)
		switch op {
		case "/=", "%=":
			if g.p(0.5) {
				s = tg.lhs + " " + op + " " + g.literalNZ(t).S
			} else {
				s = tg.lhs + " " + op + " (" + g.exprNC(t, d).S + " | 1)"
			}
		case "<<=", ">>=":
			s = tg.lhs + " " + op + " " + g.shiftCount(d)
		default:
			s = tg.lhs + " " + op + " " + g.exprTo(t, d+1).S
		}
	case (t.K == KInt || t.K == KFloat) && g.p(0.15):
		s = tg.lhs + pick(g, []string{"++", "--"})
	case t.K == KFloat && g.p(0.4):
		s = tg.lhs + " " + pick(g, []string{"+=", "-=", "*=", "/="}) + " " + g.exprTo(t, d+1).S
	case t.K == KString && g.p(0.4):
		s = g.guardGrowth(t, tg.lhs, tg.lhs+" += "+g.exprTo(t, d+1).S)
	default:
		e := rhs()
		if tg.plain && !e.Fresh {
			tg.v.Fresh = false
		}
		s = g.guardGrowth(t, tg.lhs, tg.lhs+" = "+e.S)
	}
	if tg.guard != "" {
		s = braces("if "+tg.guard, indent(s))
	}
	g.block.add(s)
	return true
}

func indent(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = "\t" + l
		}
	}
	return strings.Join(lines, "\n")
}

// printType: a type of printable values.
func (g *Gen) printType() *Type {
	for i := 0; i < 6; i++ {
		var t *Type
		if g.p(0.5) {
			vs := g.lookup(func(v *Var) bool { return !v.Chan && v.T.K != KFunc && printable(v.T, true) })
			if len(vs) > 0 {
				t = pick(g, vs).T
			}
		}
		if t == nil {
			t = g.varType(1)
		}
		if printable(t, true) {
			return t
		}
	}
	return g.basicType()
}

func (g *Gen) printArg(d int) string {
	t := g.printType()
	return g.exprTyped(t, d).S
}

// verb picks a format verb for t. In a value context (a Sprintf whose
// result the program computes with) no verb prints a type name (%T, or a
// wrong verb's "%!d(main.T=...)"): the Go side of the fuzzer runs the
// program in a package of another name, and only printed text is mapped
// back.
func (g *Gen) verb(t *Type, valueCtx bool) string {
	if g.p(0.05) && !valueCtx {
		return "%T"
	}
	if g.p(0.03) && !valueCtx {
		return pick(g, []string{"%d", "%s", "%t", "%x", "%q", "%v"})
	}
	noWidth := g.avoid("fmt-width-invalid-utf8")
	switch {
	case (t.Stringer || t.Errorer) && noWidth:
		return pick(g, []string{"%v", "%s", "%q"})
	case t.K == KString && noWidth:
		return pick(g, []string{"%s", "%q", "%v", "%x", "%X", "% x", "%.2s", "%#q", "%.3q"})
	case (t.K == KSlice || t.K == KArray) && noWidth:
		return "%v"
	case t.Stringer || t.Errorer:
		return pick(g, []string{"%v", "%s", "%q", "%10v", "%-12s|"})
	case t.K == KInt:
		return pick(g, []string{"%d", "%v", "%x", "%X", "%o", "%b", "%5d", "%-4d|", "%04d", "%+d", "%#x", "%c", "%q", "%U", "%#o", "%x", "%08b", "%O", "% d"})
	case t.K == KFloat:
		return pick(g, []string{"%v", "%g", "%e", "%f", "%.3f", "%8.2f", "%E", "%G", "%.0f", "%+.2e", "%6.1f|", "%.10g", "%x", "%.3g", "%-9.3f|", "%07.2f", "%.1e"})
	case t.K == KString:
		return pick(g, []string{"%s", "%q", "%v", "%x", "%X", "% x", "%10s|", "%-8s|", "%.2s", "%5.1s|", "%#q", "%.3q"})
	case t.K == KBool:
		return pick(g, []string{"%t", "%v", "%6t|"})
	case t.K == KStruct || t.K == KPtr:
		return pick(g, []string{"%v", "%+v", "%v"})
	case t.K == KSlice || t.K == KArray:
		if t.Elem.K == KInt {
			return pick(g, []string{"%v", "%d", "%x", "%3d"})
		}
		if t.Elem.K == KString {
			return pick(g, []string{"%v", "%s", "%q", "%x"})
		}
		if t.Elem.K == KFloat {
			return pick(g, []string{"%v", "%.2f", "%g", "%e"})
		}
		return "%v"
	}
	return "%v"
}

func (g *Gen) sprintf(d int, valueCtx bool) string {
	var format strings.Builder
	var args []string
	n := 1 + g.n(3)
	format.WriteString(pick(g, []string{"", "x=", "[", "val: ", "%% "}))
	for i := 0; i < n; i++ {
		t := g.printType()
		if i > 0 {
			format.WriteString(pick(g, []string{" ", ", ", "|", " - "}))
		}
		format.WriteString(g.verb(t, valueCtx))
		args = append(args, g.exprTyped(t, d).S)
	}
	if g.p(0.03) {
		args = append(args, "42") // extra
	}
	if g.p(0.03) && len(args) > 0 {
		args = args[:len(args)-1] // missing
	}
	fs := strconv.Quote(format.String())
	if len(args) == 0 {
		return "fmt.Sprintf(" + fs + ")"
	}
	return "fmt.Sprintf(" + fs + ", " + strings.Join(args, ", ") + ")"
}

func (g *Gen) printStmt(d int) bool {
	switch g.n(10) {
	case 0, 1, 2, 3:
		var args []string
		if g.p(0.5) {
			args = append(args, strconv.Quote(g.name("L")))
		}
		for i := 0; i < 1+g.n(3); i++ {
			args = append(args, g.printArg(d+1))
		}
		g.block.add("fmt.Println(" + strings.Join(args, ", ") + ")")
	case 4, 5, 6, 7:
		s := g.sprintf(d+1, false)
		s = strings.Replace(s, "fmt.Sprintf(\"", "fmt.Printf(\"", 1)
		// add the newline inside the format
		i := strings.Index(s, "\"")
		j := strings.Index(s[i+1:], "\"") + i + 1
		for s[j-1] == '\\' {
			j = strings.Index(s[j+1:], "\"") + j + 1
		}
		s = s[:j] + `\n` + s[j:]
		g.block.add(s)
	case 8:
		var args []string
		for i := 0; i < 1+g.n(3); i++ {
			args = append(args, g.printArg(d+1))
		}
		args = append(args, `"\n"`)
		g.block.add("fmt.Print(" + strings.Join(args, ", ") + ")")
	default:
		g.block.add("fmt.Println(" + g.sprintf(d+1, false) + ")")
	}
	return true
}

func (g *Gen) ifStmt(d int) bool {
	if g.p(0.2) {
		t := g.basicType()
		e := g.exprTyped(t, d)
		v := &Var{Name: g.name("c"), T: t, NotNil: true}
		cond := g.boolExpr(d)
		var vcond string
		switch t.K {
		case KBool:
			vcond = pick(g, []string{v.Name, "!" + v.Name})
		case KString:
			vcond = v.Name + pick(g, []string{" == ", " != ", " < ", " >= "}) + g.literal(t).S
		default:
			vcond = v.Name + pick(g, []string{" == ", " != ", " < ", " >= ", " > "}) + g.literal(t).S
		}
		g.pushScope()
		g.scope.vars = append(g.scope.vars, v)
		v.fnDepth = g.fnDepth
		body := g.body(func() { g.stmts(d-1, 1+g.n(3)) })
		g.popScope()
		head := fmt.Sprintf("if %s := %s; %s %s %s", v.Name, e.S, vcond, pick(g, []string{"&&", "||"}), cond.S)
		g.block.add(braces(head, body))
		return true
	}
	cond := g.boolExpr(d)
	s := braces("if "+cond.S, g.body(func() { g.stmts(d-1, 1+g.n(3)) }))
	for g.p(0.3) {
		c2 := g.boolExpr(d)
		s += braces(" else if "+c2.S, g.body(func() { g.stmts(d-1, 1+g.n(2)) }))
	}
	if g.p(0.4) {
		s += braces(" else", g.body(func() { g.stmts(d-1, 1+g.n(2)) }))
	}
	g.block.add(s)
	return true
}

func (g *Gen) stmts(d, n int) {
	for i := 0; i < n; i++ {
		g.stmt(d)
	}
}

func (g *Gen) loopBody(d int, label string, setup func()) (string, bool) {
	g.fn.loops++
	g.fn.breakOK++
	g.fn.labels = append(g.fn.labels, label)
	body := g.body(func() {
		if setup != nil {
			setup()
		}
		g.stmts(d-1, 1+g.n(3))
	})
	labelUsed := label != "" && g.labelUse[label]
	g.fn.labels = g.fn.labels[:len(g.fn.labels)-1]
	g.fn.loops--
	g.fn.breakOK--
	return body, labelUsed
}

func (g *Gen) forStmt(d int) bool {
	label := ""
	if g.p(0.25) {
		label = g.name("L")
	}
	var head string
	var body string
	var used bool
	switch g.n(9) {
	case 0, 1, 2:
		it := g.intType()
		i := &Var{Name: g.name("i"), T: it, Loop: true}
		n := g.n(6)
		var cond, post string
		switch g.n(3) {
		case 0:
			cond, post = fmt.Sprintf("%s < %d", i.Name, n), i.Name+"++"
			head = fmt.Sprintf("for %s := %s(0); %s; %s", i.Name, it.S(), cond, post)
		case 1:
			head = fmt.Sprintf("for %s := %s(%d); %s > 0; %s--", i.Name, it.S(), n, i.Name, i.Name)
		default:
			head = fmt.Sprintf("for %s := %s(0); %s < %d; %s += %d", i.Name, it.S(), i.Name, n*2, i.Name, 1+g.n(3))
		}
		g.pushScope()
		g.declareIn(i, &Block{})
		i.Used = true
		body, used = g.loopBody(d, label, nil)
		g.popScope()
	case 3, 4:
		// range over a slice, array or string
		var t *Type
		switch g.n(3) {
		case 0:
			t = tString
		case 1:
			t = arrayOf(1+g.n(4), g.basicType())
		default:
			t = sliceOf(g.varType(0))
		}
		x := g.exprNC(t, d)
		var kt, vt *Type = tInt, nil
		if t.K == KString {
			vt = tRune
		} else {
			vt = t.Elem
		}
		k := &Var{Name: g.name("k"), T: kt, Loop: true}
		v := &Var{Name: g.name("x"), T: vt, Loop: true}
		var kb *Block
		g.pushScope()
		withV := g.p(0.7) || t.K == KArray && g.avoid("range-const-array")
		body, used = g.loopBody(d, label, func() {
			kb = g.block
			g.declareIn(k, kb)
			if withV {
				g.declareIn(v, kb)
			}
		})
		g.popScope()
		if withV {
			head = fmt.Sprintf("for %s, %s := range %s", k.Name, v.Name, x.S)
		} else {
			head = fmt.Sprintf("for %s := range %s", k.Name, x.S)
		}
	case 5:
		// a map in sorted key order
		kt := pick(g, []*Type{tInt, tString, g.intType()})
		mt := mapOf(kt, g.varType(0))
		m := g.exprNC(mt, d)
		mv := g.newLocal(mt, m)
		g.use(mv)
		keys := g.name("keys")
		kvar := &Var{Name: g.name("k"), T: kt, Loop: true}
		g.block.add(fmt.Sprintf("%s := make([]%s, 0, len(%s))", keys, kt.S(), mv.Name))
		g.block.add(fmt.Sprintf("for k := range %s {\n\t%s = append(%s, k)\n}", mv.Name, keys, keys))
		g.imports["sort"] = true
		g.block.add(fmt.Sprintf("sort.Slice(%s, func(i, j int) bool {\n\treturn %s[i] < %s[j]\n})", keys, keys, keys))
		g.pushScope()
		body, used = g.loopBody(d, label, func() {
			g.declareIn(kvar, g.block)
			if g.fn.canPrint {
				g.block.add(fmt.Sprintf("fmt.Println(%s, %s[%s])", g.use(kvar), mv.Name, kvar.Name))
			}
		})
		g.popScope()
		head = fmt.Sprintf("for _, %s := range %s", kvar.Name, keys)
	case 6:
		// fold a map with an order-independent operation
		et := g.intType()
		mt := mapOf(pick(g, []*Type{tString, g.intType()}), et)
		m := g.exprNC(mt, d)
		acc := g.name("acc")
		op := pick(g, []string{"+=", "^=", "|=", "&=", "*="})
		init := "0"
		if op == "&=" {
			init = "^" + et.S() + "(0)"
		}
		if op == "*=" {
			init = "1"
		}
		vv := g.name("e")
		g.block.add(fmt.Sprintf("%s := %s(%s)\nfor _, %s := range %s {\n\t%s %s %s\n}", acc, et.S(), init, vv, m.S, acc, op, vv))
		av := &Var{Name: acc, T: et, NotNil: true}
		g.declare(av)
		return true
	case 7:
		// a counter loop
		c := &Var{Name: g.name("n"), T: tInt, NoAssign: true}
		g.declare(c)
		c.Used = true
		g.block.add(c.Name + " := 0")
		n := 1 + g.n(5)
		body, used = g.loopBody(d, label, func() {
			g.block.add(c.Name + "++")
		})
		if g.p(0.5) {
			head = fmt.Sprintf("for %s < %d", c.Name, n)
		} else {
			// for with break
			body = "\tif " + c.Name + " >= " + strconv.Itoa(n) + " {\n\t\tbreak\n\t}\n" + body
			head = "for"
		}
	default:
		// nested loops with labels
		outer := g.name("L")
		i := &Var{Name: g.name("i"), T: tInt, Loop: true}
		j := &Var{Name: g.name("j"), T: tInt, Loop: true}
		n1, n2 := 1+g.n(4), 1+g.n(4)
		g.pushScope()
		g.declareIn(i, &Block{})
		i.Used = true
		g.fn.loops++
		g.fn.breakOK++
		g.fn.labels = append(g.fn.labels, outer)
		inner := g.body(func() {
			g.declareIn(j, &Block{})
			j.Used = true
			g.fn.loops++
			g.fn.breakOK++
			ib := g.body(func() {
				c := g.boolExpr(1)
				g.block.add(braces("if "+c.S, "\t"+pick(g, []string{"continue ", "break "})+outer))
				g.labelUse[outer] = true
				g.stmts(d-2, 1+g.n(2))
			})
			g.fn.loops--
			g.fn.breakOK--
			g.block.add(braces(fmt.Sprintf("for %s := 0; %s < %d; %s++", j.Name, j.Name, n2, j.Name), ib))
		})
		g.fn.labels = g.fn.labels[:len(g.fn.labels)-1]
		g.fn.loops--
		g.fn.breakOK--
		g.popScope()
		g.block.add(outer + ":\n" + braces(fmt.Sprintf("for %s := 0; %s < %d; %s++", i.Name, i.Name, n1, i.Name), inner))
		return true
	}
	s := braces(head, body)
	if label != "" && used {
		s = label + ":\n" + s
	}
	g.block.add(s)
	return true
}

func (g *Gen) breakContinue(d int) bool {
	if g.fn.loops == 0 {
		return false
	}
	c := g.boolExpr(1)
	kw := pick(g, []string{"break", "continue"})
	if len(g.fn.labels) > 0 && g.p(0.4) {
		l := pick(g, g.fn.labels)
		if l != "" {
			kw += " " + l
			g.labelUse[l] = true
		}
	}
	g.block.add(braces("if "+c.S, "\t"+kw))
	return true
}

func (g *Gen) switchStmt(d int) bool {
	if g.p(0.25) {
		// tagless
		var s strings.Builder
		s.WriteString("switch {\n")
		n := 1 + g.n(3)
		for i := 0; i < n; i++ {
			c := g.boolExpr(d)
			s.WriteString("case " + c.S + ":\n")
			g.fn.breakOK++
			s.WriteString(g.body(func() { g.stmts(d-1, 1+g.n(2)) }))
			g.fn.breakOK--
			s.WriteString("\n")
		}
		if g.p(0.5) {
			s.WriteString("default:\n")
			g.fn.breakOK++
			s.WriteString(g.body(func() { g.stmts(d-1, 1) }))
			g.fn.breakOK--
			s.WriteString("\n")
		}
		s.WriteString("}")
		g.block.add(s.String())
		return true
	}
	var t *Type
	switch g.n(4) {
	case 0:
		t = tString
	case 1:
		if len(g.named) > 0 {
			t = pick(g, g.named)
			break
		}
		fallthrough
	default:
		t = g.intType()
	}
	if t.K == KFloat {
		t = tInt
	}
	tag := g.exprNC(t, d)
	var s strings.Builder
	s.WriteString("switch " + tag.S + " {\n")
	n := 1 + g.n(4)
	seen := map[string]bool{}
	hasDefault := false
	for i := 0; i < n; i++ {
		var vals []string
		for j := 0; j < 1+g.n(2); j++ {
			var lit string
			var id string
			if len(t.Enum) > 0 && g.p(0.8) {
				lit = pick(g, t.Enum)
				id = lit
			} else if t.K == KInt {
				var v interface{ String() string }
				lit, v = g.intLit(t)
				id = v.String()
				if strings.HasPrefix(lit, "-") {
					lit = "(" + lit + ")"
				}
				if len(t.Enum) > 0 {
					id = "" // may equal an enum constant
					lit = t.S() + "(" + lit + ")"
					continue
				}
			} else {
				lit = g.stringLit()
				u, err := strconv.Unquote(lit)
				if err != nil {
					continue
				}
				id = u
			}
			if seen[id] {
				continue
			}
			seen[id] = true
			vals = append(vals, lit)
		}
		if len(vals) == 0 || (g.p(0.15) && !hasDefault) {
			if hasDefault {
				continue
			}
			hasDefault = true
			s.WriteString("default:\n")
		} else {
			s.WriteString("case " + strings.Join(vals, ", ") + ":\n")
		}
		g.fn.breakOK++
		body := g.body(func() {
			g.stmts(d-1, 1+g.n(2))
		})
		g.fn.breakOK--
		s.WriteString(body)
		if i < n-1 && g.p(0.25) {
			s.WriteString("\n\tfallthrough")
		}
		s.WriteString("\n")
	}
	str := s.String()
	if strings.HasSuffix(str, "\tfallthrough\n") {
		str = strings.TrimSuffix(str, "\n\tfallthrough\n") + "\n"
	}
	str += "}"
	g.block.add(str)
	return true
}

func (g *Gen) typeSwitchStmt(d int) bool {
	vs := g.lookup(func(v *Var) bool { return v.T.K == KIface && !v.Chan && v.NotNil })
	var subj string
	var it *Type
	if len(vs) > 0 && g.p(0.7) {
		v := pick(g, vs)
		subj, it = g.use(v), v.T
	} else if len(g.ifaces) > 0 && g.p(0.5) {
		it = pick(g, g.ifaces)
		if len(it.Impls) == 0 {
			return false
		}
		subj = it.Name + "(" + g.exprNC(it, d).S + ")"
	} else {
		it = tAny
		subj = g.ifaceValue(tAny, d).S
		v := g.newLocal(tAny, Expr{S: subj})
		subj = g.use(v)
	}
	// candidate case types
	var types []*Type
	if it.IsAny {
		types = []*Type{tInt, tString, tFloat64, tBool, basicInt("int8"), sliceOf(tInt), tUint8}
		for _, n := range g.named {
			types = append(types, n)
		}
		for _, s := range g.structs {
			types = append(types, s)
		}
	} else if it.IsError {
		for _, im := range it.Impls {
			types = append(types, im.T)
		}
	} else {
		for _, im := range it.Impls {
			if !im.Ptr {
				types = append(types, im.T)
			}
			types = append(types, ptrTo(im.T))
		}
	}
	bind := g.p(0.6)
	x := g.name("t")
	var s strings.Builder
	if bind {
		s.WriteString("switch " + x + " := " + subj + ".(type) {\n")
	} else {
		s.WriteString("switch " + subj + ".(type) {\n")
	}
	seen := map[string]bool{}
	var clauseVars []*Var
	var firstBody *Block
	n := 1 + g.n(4)
	for i := 0; i < n && len(types) > 0; i++ {
		ct := pick(g, types)
		if seen[ct.ID()] {
			continue
		}
		seen[ct.ID()] = true
		multi := g.p(0.15)
		var ct2 *Type
		if multi {
			ct2 = pick(g, types)
			if seen[ct2.ID()] {
				multi = false
			} else {
				seen[ct2.ID()] = true
			}
		}
		if multi {
			s.WriteString("case " + ct.S() + ", " + ct2.S() + ":\n")
		} else {
			s.WriteString("case " + ct.S() + ":\n")
		}
		vt := ct
		if multi {
			vt = it
		}
		cv := &Var{Name: x, T: vt, NoAssign: true, NotNil: true}
		body := g.body(func() {
			if bind {
				g.scope.vars = append(g.scope.vars, cv)
				cv.fnDepth = g.fnDepth
				clauseVars = append(clauseVars, cv)
				if firstBody == nil {
					firstBody = g.block
				}
				if g.fn.canPrint && printable(vt, true) && g.p(0.7) {
					g.block.add(fmt.Sprintf("fmt.Println(%q, %s)", "case "+ct.S(), g.use(cv)))
				}
			}
			g.stmts(d-1, 1+g.n(2))
		})
		s.WriteString(body + "\n")
	}
	if g.p(0.3) {
		s.WriteString("case nil:\n")
		s.WriteString(g.body(func() { g.stmts(d-1, 1) }) + "\n")
	}
	s.WriteString("default:\n")
	s.WriteString(g.body(func() {
		if bind {
			cv := &Var{Name: x, T: it, NoAssign: true, NotNil: true}
			g.scope.vars = append(g.scope.vars, cv)
			cv.fnDepth = g.fnDepth
			clauseVars = append(clauseVars, cv)
			if g.fn.canPrint && printable(it, true) && g.p(0.5) {
				g.block.add(fmt.Sprintf("fmt.Println(\"default\", %s)", g.use(cv)))
			}
		}
		g.stmts(d-1, 1)
	}) + "\n}")
	str := s.String()
	if bind {
		used := false
		for _, cv := range clauseVars {
			used = used || cv.Used
		}
		if !used {
			// the bound variable must be used in some clause
			str = strings.Replace(str, "default:\n", "default:\n\t_ = "+x+"\n", 1)
		}
	}
	g.block.add(str)
	return true
}

func (g *Gen) callStmt(d int) bool {
	switch g.n(3) {
	case 0:
		// a function for its results or effects
		var cands []*Func
		for _, f := range g.funcs {
			if !f.Prints || g.fn.canPrint {
				cands = append(cands, f)
			}
		}
		if len(cands) == 0 || g.fn.noCalls {
			return false
		}
		f := pick(g, cands)
		call := f.Name + "(" + g.args(f.Params, f.Variadic, d) + ")"
		switch len(f.Results) {
		case 0:
			g.block.add(call)
		case 1:
			if g.p(0.3) {
				g.block.add(call)
				return true
			}
			v := &Var{Name: g.name("v"), T: f.Results[0], NotNil: true}
			g.declare(v)
			g.block.add(v.Name + " := " + call)
		default:
			var names []string
			for _, r := range f.Results {
				if g.p(0.2) {
					names = append(names, "_")
					continue
				}
				v := &Var{Name: g.name("v"), T: r, NotNil: true}
				g.declare(v)
				names = append(names, v.Name)
			}
			allBlank := true
			for _, n := range names {
				allBlank = allBlank && n == "_"
			}
			if allBlank {
				g.block.add("_, _ = " + call)
			} else {
				g.block.add(strings.Join(names, ", ") + " := " + call)
			}
		}
		return true
	default:
		// a method that may change its receiver: only on what this
		// function may write
		if g.fn.noCalls {
			return false
		}
		type cand struct {
			recv string
			v    *Var
			m    *Method
		}
		var cands []cand
		for _, v := range g.lookup(func(v *Var) bool { return !v.Untyped && !v.Chan && !v.Const }) {
			vt := v.T
			ptr := false
			if vt.K == KPtr {
				vt, ptr = vt.Elem, true
			}
			if vt.Name == "" || vt.K == KIface {
				continue
			}
			ok := (ptr && g.canWriteThrough(v)) || (!ptr && g.canAssignVar(v))
			for _, m := range methodSet(vt, ptr || !v.Loop) {
				if m.Name == "String" || m.Name == "Error" {
					continue
				}
				if m.Mutating && !ok {
					continue
				}
				cands = append(cands, cand{v.Name, v, m})
			}
		}
		if len(cands) == 0 {
			return false
		}
		c := pick(g, cands)
		g.use(c.v)
		call := c.recv + "." + c.m.Name + "(" + g.args(c.m.Params, false, d) + ")"
		if len(c.m.Results) == 1 && g.fn.canPrint && printable(c.m.Results[0], true) && g.p(0.6) {
			g.block.add("fmt.Println(" + strconv.Quote(c.m.Name) + ", " + call + ")")
		} else {
			g.block.add(call)
		}
		return true
	}
}

func (g *Gen) appendStmt(d int) bool {
	vs := g.lookup(func(v *Var) bool { return v.T.K == KSlice && g.canAssignVar(v) && (!g.fn.pure || v.Fresh) })
	if len(vs) == 0 {
		return false
	}
	v := pick(g, vs)
	g.use(v)
	k := g.n(4)
	if k == 1 && !g.fn.canPrint {
		k = 3
	}
	switch k {
	case 0:
		// append another slice
		o := g.exprNC(v.T, d)
		g.block.add(g.guardGrowth(v.T, v.Name, fmt.Sprintf("%s = append(%s, %s...)", v.Name, v.Name, o.S)))
	case 1:
		// copy into a fresh slice
		n := g.name("n")
		dst := g.name("dst")
		g.block.add(fmt.Sprintf("%s := make(%s, %d)\n%s := copy(%s, %s)\nfmt.Println(%s, %s)", dst, v.T.S(), g.n(5), n, dst, v.Name, n, printOr(v.T.Elem, dst, "len("+dst+")")))
	case 2:
		if v.T.Elem.ID() == "uint8" && g.n(2) == 0 {
			g.block.add(g.guardGrowth(v.T, v.Name, fmt.Sprintf("%s = append(%s, %s...)", v.Name, v.Name, g.exprTyped(tString, d).S)))
			return true
		}
		fallthrough
	default:
		var el []string
		for i := 0; i < 1+g.n(3); i++ {
			el = append(el, g.exprTo(v.T.Elem, d).S)
		}
		g.block.add(g.guardGrowth(v.T, v.Name, fmt.Sprintf("%s = append(%s, %s)", v.Name, v.Name, strings.Join(el, ", "))))
	}
	if g.fn.canPrint && printable(v.T, true) && g.p(0.4) {
		g.block.add(fmt.Sprintf("fmt.Println(len(%s), %s)", v.Name, v.Name))
	}
	return true
}

func printOr(t *Type, name, alt string) string {
	if printable(t, false) {
		return name
	}
	return alt
}

func (g *Gen) mapStmt(d int) bool {
	vs := g.lookup(func(v *Var) bool { return v.T.K == KMap && g.canWriteThrough(v) })
	if len(vs) == 0 {
		// make one
		mt := mapOf(pick(g, []*Type{tString, tInt, g.intType()}), g.varType(0))
		v := g.newLocal(mt, g.composite(mt, d))
		v.Fresh = true
		vs = []*Var{v}
	}
	v := pick(g, vs)
	g.use(v)
	if g.avoid("compound-index-closure") {
		g.noFuncLit++
	}
	k := g.exprTyped(v.T.Key, d)
	if g.avoid("compound-index-closure") {
		g.noFuncLit--
	}
	kind := g.n(5)
	if kind == 1 && !g.fn.canPrint {
		kind = 0
	}
	switch kind {
	case 0:
		g.block.add(fmt.Sprintf("delete(%s, %s)", v.Name, k.S))
	case 1:
		ev := g.name("e")
		ok := g.name("ok")
		show := ev
		if !printable(v.T.Elem, true) {
			show = "\"?\""
		}
		g.block.add(fmt.Sprintf("if %s, %s := %s[%s]; %s {\n\tfmt.Println(\"found\", %s)\n} else {\n\tfmt.Println(\"missing\", %s, len(%s))\n}", ev, ok, v.Name, k.S, ok, show, show, v.Name))
	case 2:
		if v.T.Elem.K == KInt || v.T.Elem.K == KString || v.T.Elem.K == KFloat {
			op := "+="
			if v.T.Elem.K == KInt && g.p(0.3) {
				g.block.add(fmt.Sprintf("%s[%s]%s", v.Name, k.S, pick(g, []string{"++", "--"})))
				return true
			}
			g.block.add(g.guardGrowthMap(v, k.S, fmt.Sprintf("%s[%s] %s %s", v.Name, k.S, op, g.exprTo(v.T.Elem, d).S)))
			return true
		}
		fallthrough
	default:
		g.block.add(fmt.Sprintf("%s[%s] = %s", v.Name, k.S, g.exprTo(v.T.Elem, d).S))
	}
	if g.fn.canPrint && printable(v.T, true) && g.p(0.5) {
		g.block.add(fmt.Sprintf("fmt.Println(len(%s), %s)", v.Name, v.Name))
	}
	return true
}

func (g *Gen) guardGrowthMap(v *Var, k, s string) string {
	if v.T.Elem.K == KString && g.inLoop() {
		return braces(fmt.Sprintf("if len(%s[%s]) < 64", v.Name, k), "\t"+s)
	}
	return s
}

func (g *Gen) deferStmt(d int) bool {
	switch g.n(3) {
	case 0:
		// arguments are evaluated now
		g.block.add("defer fmt.Println(\"deferred\", " + g.printArg(d) + ")")
	case 1:
		body := g.funcBody(nil, nil, func() {
			if g.fn.canPrint {
				g.block.add("fmt.Println(\"deferred closure\", " + g.printArg(1) + ")")
			}
		}, g.n(2))
		g.block.add("defer func() {\n" + body + "\n}()")
	default:
		// recover returns nil when not panicking
		g.block.add("defer func() {\n\tfmt.Println(\"recover:\", recover())\n}()")
	}
	return true
}

func (g *Gen) closureDecl(d int) bool {
	if g.p(0.3) {
		// a counter made by a closure factory
		mk := g.name("mk")
		gen := g.name("gen")
		et := g.intType()
		step := g.literalNZ(et).S
		g.block.add(fmt.Sprintf("%s := func(start %s) func() %s {\n\tc := start\n\treturn func() %s {\n\t\tc += %s\n\t\treturn c\n\t}\n}", mk, et.S(), et.S(), et.S(), step))
		g.block.add(fmt.Sprintf("%s := %s(%s)", gen, mk, g.exprTo(et, d).S))
		ft := &Type{K: KFunc, Results: []*Type{et}}
		v := &Var{Name: gen, T: ft, NotNil: true, NoAssign: true}
		g.declare(v)
		if g.fn.canPrint {
			g.block.add(fmt.Sprintf("fmt.Println(%s(), %s(), %s())", gen, gen, gen))
			v.Used = true
		}
		return true
	}
	ft := &Type{K: KFunc}
	for i := 0; i < g.n(3); i++ {
		ft.Params = append(ft.Params, g.basicType())
	}
	ft.Results = []*Type{g.varType(0)}
	lit := g.closureLit(ft, d)
	v := &Var{Name: g.name("fn"), T: ft, NotNil: true, NoAssign: true}
	g.declare(v)
	g.block.add(v.Name + " := " + lit.S)
	return true
}

func (g *Gen) multiAssign(d int) bool {
	// swap two variables of one type
	for _, t := range []*Type{g.basicType(), g.intType()} {
		id := t.ID()
		vs := g.lookup(func(v *Var) bool { return g.canAssignVar(v) && v.T.ID() == id })
		if len(vs) >= 2 {
			a, b := pick(g, vs), pick(g, vs)
			if a == b {
				continue
			}
			g.use(a)
			g.use(b)
			if g.p(0.5) {
				g.block.add(fmt.Sprintf("%s, %s = %s, %s", a.Name, b.Name, b.Name, a.Name))
			} else {
				g.block.add(fmt.Sprintf("%s, %s = %s, %s", a.Name, b.Name, g.exprTo(t, d).S, g.exprTo(t, d).S))
			}
			return true
		}
	}
	// index operands on the left are evaluated before assigning
	if !g.fn.canPrint {
		return false
	}
	i := g.name("i")
	a := g.name("a")
	n := 2 + g.n(3)
	g.block.add(fmt.Sprintf("%s := 0\n%s := [%d]int{}\n%s, %s[%s] = %d, %d\nfmt.Println(%s, %s)", i, a, n, i, a, i, 1+g.n(n-1), 7+g.n(9), i, a))
	return true
}

func (g *Gen) builderStmt(d int) bool {
	g.imports["strings"] = true
	sb := g.name("sb")
	k := g.name("k")
	var lines []string
	lines = append(lines, "var "+sb+" strings.Builder")
	n := 1 + g.n(4)
	body := g.body(func() {
		kv := &Var{Name: k, T: tInt, Loop: true, Used: true}
		g.declareIn(kv, g.block)
		switch g.n(4) {
		case 0:
			g.block.add(fmt.Sprintf("%s.WriteString(%s)", sb, g.exprTyped(tString, d).S))
		case 1:
			g.block.add(fmt.Sprintf("%s.WriteByte(%s)", sb, g.exprTyped(tByte, d).S))
		case 2:
			g.block.add(fmt.Sprintf("%s.WriteRune(%s)", sb, g.exprTyped(tRune, d).S))
		default:
			g.block.add(fmt.Sprintf("fmt.Fprintf(&%s, \"%%d;\", %s)", sb, k))
		}
	})
	lines = append(lines, braces(fmt.Sprintf("for %s := 0; %s < %d; %s++", k, k, n, k), body))
	lines = append(lines, fmt.Sprintf("fmt.Println(%s.String(), %s.Len())", sb, sb))
	g.block.add(strings.Join(lines, "\n"))
	return true
}

func (g *Gen) strconvStmt(d int) bool {
	g.imports["strconv"] = true
	n := g.name("n")
	err := g.name("err")
	s := g.exprTyped(tString, d).S
	if g.p(0.4) {
		s = pick(g, []string{`"42"`, `"-17"`, `"0x1f"`, `"1e3"`, `"abc"`, `""`, `"9223372036854775808"`, `"255"`, `"256"`, `"-129"`, `" 5"`, `"+3"`, `"1_000"`, `"0b101"`, `"3.25"`, `"NaN"`, `"-Inf"`, `"true"`, `"T"`, `"\"q\""`, `"'a'"`})
	}
	var call string
	switch g.n(6) {
	case 0:
		call = "strconv.Atoi(" + s + ")"
	case 1:
		call = fmt.Sprintf("strconv.ParseInt(%s, %d, %d)", s, pick(g, []int{0, 2, 8, 10, 16, 36}), pick(g, []int{0, 8, 16, 32, 64}))
	case 2:
		call = fmt.Sprintf("strconv.ParseUint(%s, %d, %d)", s, pick(g, []int{0, 10, 16}), pick(g, []int{8, 32, 64}))
	case 3:
		call = fmt.Sprintf("strconv.ParseFloat(%s, %d)", s, pick(g, []int{32, 64}))
	case 4:
		call = "strconv.ParseBool(" + s + ")"
	default:
		call = "strconv.Unquote(" + s + ")"
	}
	g.block.add(fmt.Sprintf("%s, %s := %s\nfmt.Println(%s, %s)", n, err, call, n, err))
	return true
}

func (g *Gen) sortStmt(d int) bool {
	g.imports["sort"] = true
	cp := g.name("cp")
	switch g.n(4) {
	case 0:
		s := g.exprNC(sliceOf(tInt), d)
		g.block.add(fmt.Sprintf("%s := append([]int(nil), %s...)\nsort.Ints(%s)\nfmt.Println(%s, sort.SearchInts(%s, %s))", cp, s.S, cp, cp, cp, g.exprTyped(tInt, 1).S))
	case 1:
		s := g.exprNC(sliceOf(tString), d)
		g.block.add(fmt.Sprintf("%s := append([]string(nil), %s...)\nsort.Strings(%s)\nfmt.Println(%s, len(%s))", cp, s.S, cp, cp, cp))
	case 2:
		t := g.intType()
		if g.p(0.3) {
			t = tFloat64
		}
		s := g.exprNC(sliceOf(t), d)
		g.block.add(fmt.Sprintf("%s := append([]%s(nil), %s...)\nsort.Slice(%s, func(i, j int) bool {\n\treturn %s[i] > %s[j]\n})\nfmt.Println(%s)", cp, t.S(), s.S, cp, cp, cp, cp))
	default:
		// stable sort of structs by one field: ties keep their order
		if len(g.structs) == 0 {
			return false
		}
		st := pick(g, g.structs)
		var key *Field
		for _, f := range allFields(st) {
			if ordered(f.T) {
				key = f
			}
		}
		if key == nil || !printable(st, false) {
			return false
		}
		s := g.exprNC(sliceOf(st), d)
		fn := pick(g, []string{"SliceStable", "SliceStable", "Slice"})
		g.block.add(fmt.Sprintf("%s := append([]%s(nil), %s...)\nsort.%s(%s, func(i, j int) bool {\n\treturn %s[i].%s < %s[j].%s\n})\nfmt.Println(%s)", cp, st.S(), s.S, fn, cp, cp, key.Name, cp, key.Name, cp))
	}
	return true
}

// valueSemantics: arrays and structs are copied, slices and pointers share.
func (g *Gen) valueSemantics(d int) bool {
	switch g.n(4) {
	case 0:
		t := arrayOf(1+g.n(4), g.basicType())
		a := g.newLocal(t, g.composite(t, d))
		b := g.name("b")
		g.use(a)
		g.helpers["ix"] = true
		g.block.add(fmt.Sprintf("%s := %s\n%s[%d] = %s\nfmt.Println(%s, %s, %s == %s)", b, a.Name, b, g.n(t.Len), g.exprTo(t.Elem, 1).S, a.Name, b, a.Name, b))
	case 1:
		if len(g.structs) == 0 {
			return false
		}
		st := pick(g, g.structs)
		fs := allFields(st)
		if !printable(st, true) || len(fs) == 0 {
			return false
		}
		a := g.newLocal(st, g.composite(st, d))
		g.use(a)
		b := g.name("b")
		f := pick(g, fs)
		cmp := ""
		if comparable(st) {
			cmp = fmt.Sprintf(", %s == %s", a.Name, b)
		}
		g.block.add(fmt.Sprintf("%s := %s\n%s.%s = %s\nfmt.Printf(\"%%v %%+v\\n\", %s, %s)\nfmt.Println(%s%s)", b, a.Name, b, f.Name, g.exprTo(f.T, 1).S, a.Name, b, a.Name, cmp))
	case 2:
		t := sliceOf(g.basicType())
		a := g.newLocal(t, Expr{S: g.composite(t, d).S + "[:]", Fresh: true})
		g.use(a)
		b := g.name("b")
		g.helpers["ix"] = true
		g.block.add(fmt.Sprintf("%s := %s[:len(%s)/2]\n%s = append(%s, %s)\nfmt.Println(%s, %s, len(%s), len(%s))", b, a.Name, a.Name, b, b, g.exprTo(t.Elem, 1).S, a.Name, b, a.Name, b))
	default:
		if len(g.structs) == 0 {
			return false
		}
		st := pick(g, g.structs)
		fs := allFields(st)
		if !printable(st, true) || len(fs) == 0 {
			return false
		}
		a := g.newLocal(st, g.composite(st, d))
		g.use(a)
		p := g.name("p")
		f := pick(g, fs)
		show := a.Name
		g.block.add(fmt.Sprintf("%s := &%s\n%s.%s = %s\nfmt.Println(%s, *%s)", p, a.Name, p, f.Name, g.exprTo(f.T, 1).S, show, p))
	}
	return true
}

func (g *Gen) nestedBlock(d int) bool {
	// a block whose variable shadows an outer one
	vs := g.lookup(func(v *Var) bool { return !v.Global && !v.Const && !v.Chan })
	body := g.body(func() {
		if len(vs) > 0 && g.p(0.6) {
			o := pick(g, vs)
			t := g.basicType()
			v := &Var{Name: o.Name, T: t, NotNil: true}
			e := g.exprTyped(t, 1)
			g.declare(v)
			g.block.add(fmt.Sprintf("%s := %s", v.Name, e.S))
		}
		g.stmts(d-1, 1+g.n(3))
	})
	g.block.add("{\n" + body + "\n}")
	return true
}

func (g *Gen) assertStmt(d int) bool {
	t := g.printType()
	v := g.newLocal(tAny, g.exprTyped(t, d))
	g.use(v)
	var ct *Type
	if g.p(0.5) {
		ct = t
	} else {
		ct = pick(g, []*Type{tInt, tString, tFloat64, tBool, sliceOf(tInt), tUint8})
	}
	x, ok := g.name("x"), g.name("ok")
	show := x
	if !printable(ct, true) {
		show = "\"?\""
	}
	g.block.add(fmt.Sprintf("%s, %s := %s.(%s)\nfmt.Println(%s, %s)", x, ok, v.Name, ct.S(), show, ok))
	if g.p(0.3) {
		// a type switch on the same value
		g.block.add(fmt.Sprintf("switch %s.(type) {\ncase int, int8, uint8:\n\tfmt.Println(\"small int\")\ncase string:\n\tfmt.Println(\"string\")\ncase fmt.Stringer:\n\tfmt.Println(\"stringer\")\ncase error:\n\tfmt.Println(\"error\")\ndefault:\n\tfmt.Printf(\"other %%T\\n\", %s)\n}", v.Name, v.Name))
	}
	return true
}

func (g *Gen) methodValueStmt(d int) bool {
	type cand struct {
		v *Var
		m *Method
	}
	var cands []cand
	for _, v := range g.lookup(func(v *Var) bool { return !v.Untyped && !v.Chan && !v.Const && !v.Loop }) {
		vt := v.T
		if vt.K == KPtr {
			continue
		}
		if vt.Name == "" || vt.K == KIface {
			continue
		}
		for _, m := range methodSet(vt, false) {
			if m.Mutating || len(m.Results) != 1 || !printable(m.Results[0], true) || m.Name == "Error" {
				continue
			}
			cands = append(cands, cand{v, m})
		}
	}
	if len(cands) == 0 {
		return false
	}
	c := pick(g, cands)
	f := g.name("mv")
	args := g.args(c.m.Params, false, 1)
	g.use(c.v)
	if g.p(0.5) || c.v.T.K != KStruct || methodByName(c.v.T, c.m.Name, false) == nil {
		// method value: the receiver is copied now
		g.block.add(fmt.Sprintf("%s := %s.%s\nfmt.Println(%s(%s))", f, c.v.Name, c.m.Name, f, args))
	} else {
		// method expression
		g.block.add(fmt.Sprintf("fmt.Println(%s.%s(%s%s))", c.v.T.S(), c.m.Name, c.v.Name, prefixComma(args)))
	}
	return true
}

func prefixComma(s string) string {
	if s == "" {
		return ""
	}
	return ", " + s
}

func (g *Gen) errorStmt(d int) bool {
	g.imports["errors"] = true
	e1 := g.name("err")
	e2 := g.name("werr")
	msg := g.exprTyped(tString, d).S
	g.block.add(fmt.Sprintf("%s := errors.New(%s)\n%s := fmt.Errorf(\"wrap %%d: %%w\", %d, %s)\nfmt.Println(%s, errors.Is(%s, %s), errors.Unwrap(%s) == %s)", e1, msg, e2, g.n(100), e1, e2, e2, e1, e2, e1))
	for _, s := range g.structs {
		if s.Errorer && g.p(0.5) {
			t := g.name("target")
			g.block.add(fmt.Sprintf("var %s %s\nfmt.Println(errors.As(fmt.Errorf(\"x: %%w\", %s), &%s), %s)", t, s.Name, g.exprTyped(s, 1).S, t, t))
			break
		}
	}
	return true
}

// ---- goroutines ----

func (g *Gen) goStmt(d int) bool {
	g.imports["sync"] = true
	switch g.n(4) {
	case 0:
		t := g.printType()
		if !t.basic() {
			t = tInt
		}
		ch := g.name("ch")
		arg := g.exprTyped(t, d).S
		g.block.add(fmt.Sprintf("%s := make(chan %s)\ngo func(a %s) {\n\t%s <- a\n}(%s)\nfmt.Println(\"received\", <-%s)", ch, t.S(), t.S(), ch, arg, ch))
	case 1:
		ch := g.name("ch")
		n := 1 + g.n(5)
		et := g.intType()
		base := g.exprTyped(et, d).S
		g.block.add(fmt.Sprintf("%s := make(chan %s, %d)\ngo func(b %s) {\n\tfor k := 0; k < %d; k++ {\n\t\t%s <- b + %s(k)\n\t}\n\tclose(%s)\n}(%s)\nfor v := range %s {\n\tfmt.Print(v, \" \")\n}\nfmt.Println()", ch, et.S(), g.n(3), et.S(), n, ch, et.S(), ch, base, ch))
	case 2:
		wg := g.name("wg")
		res := g.name("res")
		et := g.intType()
		n := 1 + g.n(5)
		base := g.exprTyped(et, d).S
		g.block.add(fmt.Sprintf("var %s sync.WaitGroup\n%s := make([]%s, %d)\nfor w := 0; w < %d; w++ {\n\t%s.Add(1)\n\tgo func(w int, b %s) {\n\t\tdefer %s.Done()\n\t\t%s[w] = b * %s(w+1)\n\t}(w, %s)\n}\n%s.Wait()\nfmt.Println(%s)", wg, res, et.S(), n, n, wg, et.S(), wg, res, et.S(), base, wg, res))
	default:
		wg := g.name("wg")
		mu := g.name("mu")
		tot := g.name("tot")
		n := 1 + g.n(6)
		g.block.add(fmt.Sprintf("var %s sync.WaitGroup\nvar %s sync.Mutex\n%s := 0\nfor w := 0; w < %d; w++ {\n\t%s.Add(1)\n\tgo func(k int) {\n\t\tdefer %s.Done()\n\t\t%s.Lock()\n\t\t%s += k * k\n\t\t%s.Unlock()\n\t}(w)\n}\n%s.Wait()\nfmt.Println(\"total\", %s)", wg, mu, tot, n, wg, wg, mu, tot, mu, wg, tot))
	}
	return true
}

// ---- panics ----

// panicStmt: a statement that panics; unless top, inside a closure that
// recovers (and maybe panics again, for run to recover).
func (g *Gen) panicStmt(top bool) bool {
	var lines []string
	k := g.n(19)
	if top && k >= 14 {
		k = g.n(14) // values with addresses cannot reach the top
	}
	pv := func(s string) string { return s }
	switch k {
	case 0:
		m := g.name("m")
		lines = append(lines, fmt.Sprintf("var %s map[%s]int", m, pick(g, []string{"string", "int", "uint8"})), fmt.Sprintf("%s[%s] = 1", m, pick(g, []string{"0", "7"})))
		if strings.Contains(lines[0], "string") {
			lines[1] = fmt.Sprintf("%s[%s] = 1", m, g.stringLit())
		}
	case 1:
		s := g.name("s")
		i := g.name("i")
		t := sliceOf(g.basicType())
		lines = append(lines, fmt.Sprintf("%s := %s", s, g.composite(t, 1).S), fmt.Sprintf("%s := len(%s) + %d", i, s, g.n(3)), fmt.Sprintf("fmt.Println(%s[%s])", s, i))
	case 2:
		if len(g.structs) == 0 {
			return g.panicStmt(top)
		}
		st := pick(g, g.structs)
		fs := allFields(st)
		if len(fs) == 0 || !printable(fs[0].T, true) {
			return g.panicStmt(top)
		}
		p := g.name("p")
		lines = append(lines, fmt.Sprintf("var %s *%s", p, st.Name), fmt.Sprintf("fmt.Println(%s.%s)", p, fs[0].Name))
	case 3:
		t := g.intType()
		z := g.name("z")
		lines = append(lines, fmt.Sprintf("%s := %s(0)", z, t.S()), fmt.Sprintf("fmt.Println(%s %s %s)", g.exprTyped(t, 1).S, pick(g, []string{"/", "%"}), z))
	case 4:
		e := g.name("e")
		t := g.printType()
		ct := pick(g, []*Type{tInt, tString, tFloat64, sliceOf(tInt), tBool, basicInt("int8")})
		if same(ct, t) {
			ct = tUint8
		}
		if len(g.ifaces) > 0 && g.p(0.3) {
			it := pick(g, g.ifaces)
			lines = append(lines, fmt.Sprintf("var %s any = %s", e, g.exprTyped(t, 1).S), fmt.Sprintf("fmt.Println(%s.(%s))", e, it.Name))
		} else {
			lines = append(lines, fmt.Sprintf("var %s any = %s", e, g.exprTyped(t, 1).S), fmt.Sprintf("fmt.Println(%s.(%s))", e, ct.S()))
		}
	case 5:
		s := g.name("s")
		i := g.name("i")
		lines = append(lines, fmt.Sprintf("%s := %s", s, g.composite(sliceOf(tInt), 1).S), fmt.Sprintf("%s := cap(%s) + %d", i, s, 1+g.n(3)))
		switch g.n(3) {
		case 0:
			lines = append(lines, fmt.Sprintf("fmt.Println(%s[:%s])", s, i))
		case 1:
			lines = append(lines, fmt.Sprintf("fmt.Println(%s[%s:])", s, i))
		default:
			lines = append(lines, fmt.Sprintf("fmt.Println(%s[1:2:%s])", s, i))
		}
	case 6:
		lines = append(lines, fmt.Sprintf("panic(%s)", g.exprTyped(tString, 1).S))
	case 7:
		lines = append(lines, fmt.Sprintf("panic(%s)", pv(g.exprTyped(pick(g, []*Type{tInt, basicInt("int8"), tUint8, tFloat64, tBool, basicInt("uint64")}), 1).S)))
	case 8:
		g.imports["errors"] = true
		lines = append(lines, fmt.Sprintf("panic(errors.New(%s))", g.exprTyped(tString, 1).S))
	case 9:
		lines = append(lines, fmt.Sprintf("panic(fmt.Errorf(\"failed %%d: %%w\", %s, fmt.Errorf(\"inner\")))", g.exprTyped(tInt, 1).S))
	case 10:
		if len(g.named) > 0 {
			n := pick(g, g.named)
			lines = append(lines, fmt.Sprintf("panic(%s)", g.exprTyped(n, 1).S))
		} else {
			lines = append(lines, "panic(\"no named\")")
		}
	case 11:
		n := g.name("n")
		lines = append(lines, fmt.Sprintf("%s := %d - %d", n, g.n(3), 5), fmt.Sprintf("fmt.Println(make([]int, %s))", n))
	case 12:
		a := g.name("a")
		i := g.name("i")
		n := 1 + g.n(4)
		lines = append(lines, fmt.Sprintf("var %s [%d]int", a, n), fmt.Sprintf("%s := %d", i, n+g.n(3)), fmt.Sprintf("%s[%s%s] = 1", a, i, pick(g, []string{"", "-100"})))
	case 13:
		c := g.name("c")
		switch g.n(3) {
		case 0:
			lines = append(lines, fmt.Sprintf("var %s chan int", c), fmt.Sprintf("close(%s)", c))
		case 1:
			lines = append(lines, fmt.Sprintf("%s := make(chan int, 1)", c), fmt.Sprintf("close(%s)", c), fmt.Sprintf("close(%s)", c))
		default:
			lines = append(lines, fmt.Sprintf("%s := make(chan int, 1)", c), fmt.Sprintf("close(%s)", c), fmt.Sprintf("%s <- 1", c))
		}
	case 14:
		// a struct or error value (recovered and printed with fmt)
		if len(g.structs) > 0 {
			st := pick(g, g.structs)
			if printable(st, true) {
				lines = append(lines, fmt.Sprintf("panic(%s)", g.exprTyped(st, 1).S))
				break
			}
		}
		lines = append(lines, "panic([]int{1, 2})")
	case 15:
		s := g.name("s")
		lines = append(lines, fmt.Sprintf("%s := %s", s, g.exprTyped(tString, 1).S), fmt.Sprintf("fmt.Println(%s[len(%s)+%d])", s, s, g.n(2)))
	case 16:
		f := g.name("f")
		lines = append(lines, fmt.Sprintf("var %s func(int) int", f), fmt.Sprintf("fmt.Println(%s(3))", f))
	case 17:
		if len(g.ifaces) > 0 {
			it := pick(g, g.ifaces)
			v := g.name("iv")
			m := it.IMethods[0]
			args := g.args(m.Params, false, 1)
			lines = append(lines, fmt.Sprintf("var %s %s", v, it.Name), fmt.Sprintf("fmt.Println(%s.%s(%s))", v, m.Name, args))
		} else {
			lines = append(lines, "panic(\"no interface\")")
		}
	default:
		// a negative shift count
		n := g.name("n")
		lines = append(lines, fmt.Sprintf("%s := %d", n, -1-g.n(3)), fmt.Sprintf("fmt.Println(%s << %s)", g.exprTyped(g.intType(), 1).S, n))
	}
	if top && g.p(0.1) {
		// a panic in a goroutine ends the program; main waits for it
		g.block.add("block := make(chan int)\ngo func() {\n" + indent(strings.Join(lines, "\n")) + "\n\tblock <- 1\n}()\n<-block")
		return true
	}
	if top {
		if g.p(0.3) {
			// panic again in a deferred function
			if g.p(0.5) {
				g.block.add("defer func() {\n\tr := recover()\n\tpanic(fmt.Sprint(\"again: \", r))\n}()")
			} else {
				g.block.add("defer func() {\n\tpanic(\"second\")\n}()")
			}
		}
		for _, l := range lines {
			g.block.add(l)
		}
		return true
	}
	var rec string
	rk := g.n(4)
	if rk == 0 && k == 14 {
		rk = 1 // a struct or slice value would reach the top with its address
	}
	switch rk {
	case 0:
		rec = "defer func() {\n\tr := recover()\n\tfmt.Println(\"caught:\", r)\n\tpanic(fmt.Sprintf(\"re-panic: %v\", r))\n}()"
	case 1:
		rec = "defer func() {\n\tif r := recover(); r != nil {\n\t\tif e, ok := r.(error); ok {\n\t\t\tfmt.Println(\"error:\", e.Error())\n\t\t} else {\n\t\t\tfmt.Printf(\"value: %v %T\\n\", r, r)\n\t\t}\n\t}\n}()"
	default:
		rec = "defer func() {\n\tfmt.Println(\"recovered:\", recover())\n}()"
	}
	body := indent(rec + "\n" + strings.Join(lines, "\n") + "\nfmt.Println(\"not reached\")")
	g.block.add("func() {\n" + body + "\n}()")
	return true
}

// selectStmt: select statements whose outcome is forced (at most one case
// is ready, or a default).
func (g *Gen) selectStmt(d int) bool {
	et := g.intType()
	ch := g.name("ch")
	n := 1 + g.n(3)
	var lines []string
	lines = append(lines, fmt.Sprintf("%s := make(chan %s, %d)", ch, et.S(), n))
	k := g.n(n + 1)
	for i := 0; i < k; i++ {
		lines = append(lines, fmt.Sprintf("%s <- %s", ch, g.exprTo(et, d).S))
	}
	lines = append(lines, fmt.Sprintf("fmt.Println(len(%s), cap(%s))", ch, ch))
	switch g.n(3) {
	case 0:
		lines = append(lines, fmt.Sprintf("select {\ncase v := <-%s:\n\tfmt.Println(\"received\", v)\ndefault:\n\tfmt.Println(\"nothing ready\")\n}", ch))
	case 1:
		lines = append(lines, fmt.Sprintf("select {\ncase %s <- %s:\n\tfmt.Println(\"sent\", len(%s))\ndefault:\n\tfmt.Println(\"full\")\n}", ch, g.exprTo(et, d).S, ch))
	default:
		// drain a closed channel; a labelled break leaves the loop from
		// inside the select
		l := g.name("L")
		lines = append(lines, fmt.Sprintf("close(%s)\nsum := %s(0)\n%s:\nfor {\n\tselect {\n\tcase v, ok := <-%s:\n\t\tif !ok {\n\t\t\tbreak %s\n\t\t}\n\t\tsum += v\n\t}\n}\nfmt.Println(\"sum\", sum)", ch, et.S(), l, ch, l))
		return g.addBlock(lines)
	}
	return g.addBlock(lines)
}

// addBlock adds lines as one statement, in a block of their own (their
// names stay local).
func (g *Gen) addBlock(lines []string) bool {
	g.block.add("{\n" + indent(strings.Join(lines, "\n")) + "\n}")
	return true
}

// copyOverlap: copy between overlapping parts of one slice.
func (g *Gen) copyOverlap(d int) bool {
	t := g.basicType()
	s := g.name("s")
	var lines []string
	lines = append(lines, fmt.Sprintf("%s := %s", s, g.composite(sliceOf(t), d).S))
	switch g.n(3) {
	case 0:
		lines = append(lines, fmt.Sprintf("n := copy(%s[len(%s)/3:], %s)", s, s, s))
	case 1:
		lines = append(lines, fmt.Sprintf("n := copy(%s, %s[len(%s)/2:])", s, s, s))
	default:
		lines = append(lines, fmt.Sprintf("n := copy(%s[1:], %s)", s, s))
		lines[0] = fmt.Sprintf("%s := append(%s, %s)", s, g.composite(sliceOf(t), d).S, g.exprTo(t, 1).S)
	}
	lines = append(lines, fmt.Sprintf("fmt.Println(n, %s)", s))
	return g.addBlock(lines)
}
