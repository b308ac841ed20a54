// Package progen generates random, well-typed, deterministic Go 1.19
// programs for differential testing of gosh against Go. The same seed
// always gives the same program.
//
// The programs avoid what Go leaves unspecified or what depends on the
// run: map iteration order (maps are printed with fmt, which sorts, or
// iterated over sorted keys, or folded with an order-independent integer
// operation), addresses (no pointers are printed below the top level),
// out-of-range float to integer conversions (values are clamped first),
// scheduling (goroutines hand results over in a forced order). They also
// avoid where gosh deliberately follows newer Go than the 1.19 oracle
// (docs/differences.md): loop variables are never captured by closures,
// goroutines or deferred functions, nor have their address taken, since
// gosh gives each iteration its own variable (Go 1.22) and Go 1.19 shares
// one; no generics, min/max/clear, range over int, goto or complex numbers.
package progen

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
)

// Options controls generation.
type Options struct {
	// Invalid asks for a program with one mutation that Go rejects.
	Invalid bool
	// Avoid names features the generator leaves out (see KnownBugs), to
	// fuzz past differences already reported.
	Avoid map[string]bool
}

// KnownBugs lists, for each feature tag that -avoid accepts, the gosh bug
// it steers around (repro in tests/fuzz/found/). "-avoid known" means all.
var KnownBugs = map[string]string{}

func (g *Gen) avoid(tag string) bool { return g.opt.Avoid[tag] }

// Result is a generated program.
type Result struct {
	Src      string
	Mutation string // invalid mode: the name of the mutation applied
	Err      error  // a generator bug: the program does not type-check
}

// Var is a variable or named constant in scope.
type Var struct {
	Name     string
	T        *Type
	Const    bool // named constant
	Untyped  bool // untyped named constant
	Loop     bool // loop variable: never captured, never addressed, never assigned
	NoAssign bool
	Used     bool
	Global   bool
	NotNil   bool // pointer, map known non-nil
	Fresh    bool // holds a backing array/map/object made in this function
	Chan     bool
	fnDepth  int
}

// Scope is a lexical scope.
type Scope struct {
	parent  *Scope
	vars    []*Var
	fnDepth int
	block   *Block
}

type declRec struct {
	v   *Var
	idx int // statement index after which "_ = v" goes; -1: at the start
}

// Block is a list of statements being built.
type Block struct {
	stmts []string
	decls []declRec
}

func (b *Block) add(s string) { b.stmts = append(b.stmts, s) }

// FnCtx is the function (or closure) being generated.
type FnCtx struct {
	results  []*Type
	named    []*Var
	loops    int      // enclosing loops in this function
	labels   []string // labels of enclosing loops
	breakOK  int      // enclosing loops, switches, selects
	parent   *FnCtx
	canPrint bool
	inLoop   bool // some loop encloses this point (maybe in an outer function)
	isTest   bool
	pure     bool // callable from expressions: writes only its own data
	noCalls  bool // a method body: calls nothing (no recursion)
}

// Func is a package-level function the program can call.
type Func struct {
	Name     string
	Params   []*Type
	Results  []*Type
	Variadic bool // last param is ...T (Params[last] is the slice type)
	Prints   bool
}

// Gen is the generator state for one program.
type Gen struct {
	r        *rand.Rand
	opt      Options
	imports  map[string]bool
	helpers  map[string]bool
	counter  int
	structs  []*Type
	named    []*Type // named basic types
	ifaces   []*Type
	funcs    []*Func
	topDecls []string // package-level declarations, in order
	global   *Scope
	scope    *Scope
	block    *Block
	fn       *FnCtx
	fnDepth  int
	depthCap int

	// invalid mode
	mutation   string
	mutateAt   int
	stmtCount  int
	mutated    bool
	mutTopKind string
	mutText    string

	labelUse     map[string]bool
	nest         int
	globalCtx    bool
	noFuncLit    int // > 0: no function literals (see "compound-index-closure")
	atomNest     int
	tErr         *Type
	usedStringer bool
	sizeClass    int
}

func (g *Gen) n(k int) int      { return g.r.Intn(k) }
func (g *Gen) p(x float64) bool { return g.r.Float64() < x }
func (g *Gen) name(pfx string) string {
	g.counter++
	return fmt.Sprintf("%s%d", pfx, g.counter)
}

func pick[T any](g *Gen, xs []T) T { return xs[g.r.Intn(len(xs))] }

// Generate returns the program for seed.
func Generate(seed int64, opt Options) (res Result) {
	g := &Gen{r: rand.New(rand.NewSource(seed)), opt: opt, imports: map[string]bool{"fmt": true}, helpers: map[string]bool{}, labelUse: map[string]bool{}}
	g.tErr = &Type{K: KIface, Name: "error", IsError: true, IMethods: []*Method{{Name: "Error", Results: []*Type{tString}}}}
	g.global = &Scope{}
	g.scope = g.global
	src := g.program(seed)
	src, err := fixUnused(src)
	if err != nil {
		return Result{Src: src, Err: err}
	}
	if opt.Invalid {
		src = g.applyMutation(src)
	}
	return Result{Src: src, Mutation: g.mutation}
}

// applyMutation puts the mutation into the fixed-up valid program.
func (g *Gen) applyMutation(src string) string {
	lines := strings.Split(src, "\n")
	var out []string
	skipReturn := false
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		t := strings.TrimSpace(l)
		switch {
		case t == "//@@MUT@@":
			ind := indentOf(l)
			for _, ml := range strings.Split(g.mutText, "\n") {
				out = append(out, ind+ml)
			}
			continue
		case t == "//@@DEL@@":
			skipReturn = true
			continue
		case skipReturn:
			// drop the return statement (it may span lines)
			depth := 0
			for ; i < len(lines); i++ {
				depth += bracketDelta(lines[i])
				if depth <= 0 {
					break
				}
			}
			skipReturn = false
			continue
		}
		out = append(out, l)
	}
	src = strings.Join(out, "\n")
	if g.mutation == "unused_import" {
		for _, p := range []string{"strings", "strconv", "sort", "errors", "os", "math", "unicode/utf8", "bytes", "unicode"} {
			if !strings.Contains(src, "\t\""+p+"\"\n") && !strings.Contains(src, "import \""+p+"\"\n") {
				if strings.Contains(src, "import (\n") {
					src = strings.Replace(src, "import (\n", "import (\n\t\""+p+"\"\n", 1)
				} else {
					src = strings.Replace(src, "import \"fmt\"\n", "import (\n\t\"fmt\"\n\t\""+p+"\"\n)\n", 1)
				}
				break
			}
		}
	}
	return src
}

// bracketDelta counts opening minus closing brackets outside literals.
func bracketDelta(l string) int {
	d := 0
	inStr, inRune, inRaw := false, false, false
	for i := 0; i < len(l); i++ {
		c := l[i]
		switch {
		case inRaw:
			if c == '`' {
				inRaw = false
			}
		case inStr:
			if c == '\\' {
				i++
			} else if c == '"' {
				inStr = false
			}
		case inRune:
			if c == '\\' {
				i++
			} else if c == '\'' {
				inRune = false
			}
		case c == '"':
			inStr = true
		case c == '\'':
			inRune = true
		case c == '`':
			inRaw = true
		case c == '(' || c == '{' || c == '[':
			d++
		case c == ')' || c == '}' || c == ']':
			d--
		}
	}
	return d
}

func (g *Gen) pushScope() {
	g.scope = &Scope{parent: g.scope, fnDepth: g.fnDepth, block: g.block}
}
func (g *Gen) popScope() { g.scope = g.scope.parent }

// declare adds v to the current scope, declared by the statement that is
// about to be added to the current block (or was just added: after).
func (g *Gen) declare(v *Var) {
	v.fnDepth = g.fnDepth
	g.scope.vars = append(g.scope.vars, v)
	if g.block != nil && !v.Global && !v.Const {
		g.block.decls = append(g.block.decls, declRec{v, len(g.block.stmts)})
	}
}

// declareAt declares v so that an unused v is fixed at the start of b.
func (g *Gen) declareIn(v *Var, b *Block) {
	v.fnDepth = g.fnDepth
	g.scope.vars = append(g.scope.vars, v)
	b.decls = append(b.decls, declRec{v, -1})
}

// render closes a block: unused variables get "_ = v"; returns the body
// lines indented by one tab.
func (g *Gen) render(b *Block) string {
	type ins struct {
		idx int
		s   string
	}
	var insList []ins
	for _, d := range b.decls {
		if !d.v.Used {
			insList = append(insList, ins{d.idx, "_ = " + d.v.Name})
			d.v.Used = true
		}
	}
	sort.SliceStable(insList, func(i, j int) bool { return insList[i].idx > insList[j].idx })
	stmts := b.stmts
	for _, in := range insList {
		pos := in.idx + 1
		if in.idx < 0 {
			pos = 0
		}
		if pos > len(stmts) {
			pos = len(stmts)
		}
		if pos == len(stmts) && pos > 0 && strings.HasPrefix(stmts[pos-1], "return") {
			pos--
			if pos > 0 && stmts[pos-1] == "//@@DEL@@" {
				pos--
			}
		}
		stmts = append(stmts[:pos], append([]string{in.s}, stmts[pos:]...)...)
	}
	var out strings.Builder
	for i, s := range stmts {
		if i > 0 {
			out.WriteString("\n")
		}
		for j, line := range strings.Split(s, "\n") {
			if j > 0 {
				out.WriteString("\n")
			}
			if line != "" {
				out.WriteString("\t" + line)
			}
		}
	}
	return out.String()
}

// body generates a block with gen inside a new scope and returns its
// rendered lines (indented one tab).
func (g *Gen) body(gen func()) string {
	saved := g.block
	b := &Block{}
	g.block = b
	g.pushScope()
	gen()
	g.popScope()
	g.block = saved
	return g.render(b)
}

func braces(head, body string) string {
	if body == "" {
		return head + " {\n}"
	}
	return head + " {\n" + body + "\n}"
}

// lookup returns the visible variables that satisfy f.
func (g *Gen) lookup(f func(v *Var) bool) []*Var {
	var out []*Var
	seen := map[string]bool{}
	for s := g.scope; s != nil; s = s.parent {
		for i := len(s.vars) - 1; i >= 0; i-- {
			v := s.vars[i]
			if seen[v.Name] {
				continue // shadowed
			}
			seen[v.Name] = true
			if v.Loop && v.fnDepth < g.fnDepth {
				continue
			}
			if f(v) {
				out = append(out, v)
			}
		}
	}
	return out
}

func (g *Gen) varsOf(t *Type) []*Var {
	id := t.ID()
	return g.lookup(func(v *Var) bool { return !v.Untyped && v.T.ID() == id })
}

func (g *Gen) assignable(t *Type) []*Var {
	id := t.ID()
	return g.lookup(func(v *Var) bool {
		return !v.Const && !v.Loop && !v.NoAssign && v.T.ID() == id
	})
}

func (g *Gen) use(v *Var) string {
	v.Used = true
	return v.Name
}

func (g *Gen) inFunc() bool { return g.block != nil }

// program generates the whole program.
func (g *Gen) program(seed int64) string {
	g.sizeClass = g.n(4) // 0 small ... 3 large
	g.depthCap = 2 + g.n(2)
	if g.opt.Invalid {
		g.pickMutation()
	}

	g.genTypes()
	g.genGlobals()
	nf := 1 + g.n(2+2*g.sizeClass)
	for i := 0; i < nf; i++ {
		g.genFunc()
	}
	g.genMethodsBodies()
	nt := 1 + g.n(2+2*g.sizeClass)
	var tests []string
	for i := 0; i < nt; i++ {
		tests = append(tests, g.genTest(i))
	}
	mainBody := g.genMain(tests)

	var out strings.Builder
	fmt.Fprintf(&out, "// Code generated by difffuzz (seed %d). DO NOT EDIT.\n\npackage main\n\n", seed)
	var imps []string
	for p := range g.imports {
		imps = append(imps, p)
	}
	sort.Strings(imps)
	if len(imps) == 1 {
		fmt.Fprintf(&out, "import %q\n\n", imps[0])
	} else {
		out.WriteString("import (\n")
		for _, p := range imps {
			fmt.Fprintf(&out, "\t%q\n", p)
		}
		out.WriteString(")\n\n")
	}
	for _, d := range g.topDecls {
		out.WriteString(d)
		out.WriteString("\n\n")
	}
	out.WriteString(g.helperSource())
	for _, t := range tests {
		out.WriteString(t)
		out.WriteString("\n\n")
	}
	out.WriteString(mainBody)
	out.WriteString("\n")
	return out.String()
}

var helperSrc = map[string]string{
	"ix": `func ix(i, n int) int {
	if n <= 0 {
		return 0
	}
	i %= n
	if i < 0 {
		i += n
	}
	return i
}`,
	"fclamp": `func fclamp(f, lo, hi float64) float64 {
	if f != f {
		return 0
	}
	if f < lo {
		return lo
	}
	if f > hi {
		return hi
	}
	return f
}`,
	"run": `func run(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "recovered:", r)
		}
	}()
	f()
}`,
}

func (g *Gen) helperSource() string {
	var names []string
	for h := range g.helpers {
		names = append(names, h)
	}
	sort.Strings(names)
	var b strings.Builder
	for _, h := range names {
		b.WriteString(helperSrc[h])
		b.WriteString("\n\n")
	}
	return b.String()
}

// ---- package-level types ----

var methodNames = []string{"Get", "Sum", "Describe", "Scale", "Value", "Size", "Label", "Twice", "Norm", "Peek"}

func (g *Gen) basicType() *Type {
	switch g.n(20) {
	case 0, 1:
		return tFloat64
	case 2:
		return tFloat32
	case 3, 4, 5:
		return tString
	case 6:
		return tBool
	case 7:
		return basicInt("byte")
	case 8:
		return basicInt("rune")
	case 9, 10, 11:
		return basicInt("int")
	}
	return basicInt(pick(g, intNames))
}

func (g *Gen) intType() *Type {
	if g.p(0.3) {
		return basicInt("int")
	}
	if g.p(0.1) {
		return basicInt(pick(g, []string{"byte", "rune"}))
	}
	return basicInt(pick(g, intNames))
}

func (g *Gen) genTypes() {
	// named basic types, some with String methods
	nn := g.n(3)
	for i := 0; i < nn; i++ {
		var t *Type
		switch g.n(4) {
		case 0:
			t = &Type{K: KString, B: "string"}
		case 1:
			t = &Type{K: KFloat, B: "float64", Bits: 64}
		default:
			t = basicInt(pick(g, intNames))
		}
		t.Alias = ""
		t.Name = g.name(pick(g, []string{"Celsius", "Count", "Code", "Level", "Tag", "Mass"}))
		g.topDecls = append(g.topDecls, fmt.Sprintf("type %s %s", t.Name, t.B))
		g.named = append(g.named, t)
		if g.p(0.5) {
			t.Stringer = true
			var body string
			switch t.K {
			case KString:
				body = fmt.Sprintf("return \"<\" + string(v) + \">\"")
			case KFloat:
				body = fmt.Sprintf("return fmt.Sprintf(\"%s(%%.2f)\", float64(v))", t.Name)
			default:
				body = fmt.Sprintf("return fmt.Sprintf(\"%s#%%d\", %s(v))", t.Name, t.B)
			}
			g.topDecls = append(g.topDecls, fmt.Sprintf("func (v %s) String() string {\n\t%s\n}", t.Name, body))
		}
	}
	// an iota enum with a String method
	if g.p(0.4) {
		t := basicInt(pick(g, []string{"int", "uint8", "int32"}))
		t.Alias = ""
		t.Name = g.name("Color")
		k := 2 + g.n(3)
		var names []string
		var b strings.Builder
		fmt.Fprintf(&b, "type %s %s\n\nconst (\n", t.Name, t.B)
		for i := 0; i < k; i++ {
			nm := fmt.Sprintf("%s%s", pick(g, []string{"Red", "Green", "Blue", "Cyan", "Gray"}), t.Name[5:]) + string(rune('A'+i))
			names = append(names, nm)
			if i == 0 {
				fmt.Fprintf(&b, "\t%s %s = iota", nm, t.Name)
				if g.p(0.3) {
					b.WriteString(" + 1")
				}
				b.WriteString("\n")
			} else {
				fmt.Fprintf(&b, "\t%s\n", nm)
			}
		}
		b.WriteString(")")
		g.topDecls = append(g.topDecls, b.String())
		t.Enum = names
		for _, nm := range names {
			g.global.vars = append(g.global.vars, &Var{Name: nm, T: t, Const: true, Global: true, Used: true})
		}
		t.Stringer = true
		var sb strings.Builder
		fmt.Fprintf(&sb, "func (c %s) String() string {\n\tswitch c {\n", t.Name)
		for _, nm := range names {
			fmt.Fprintf(&sb, "\tcase %s:\n\t\treturn %q\n", nm, strings.ToLower(nm))
		}
		fmt.Fprintf(&sb, "\t}\n\treturn \"%s(\" + fmt.Sprint(%s(c)) + \")\"\n}", t.Name, t.B)
		g.topDecls = append(g.topDecls, sb.String())
		g.named = append(g.named, t)
	}
	// structs
	ns := 1 + g.n(3)
	for i := 0; i < ns; i++ {
		t := &Type{K: KStruct, Name: g.name(pick(g, []string{"Point", "Item", "Node", "Pair", "Box", "Rec", "Cell"}))}
		nf := 1 + g.n(4)
		var b strings.Builder
		fmt.Fprintf(&b, "type %s struct {\n", t.Name)
		if len(g.structs) > 0 && g.p(0.4) {
			e := pick(g, g.structs)
			t.Fields = append(t.Fields, &Field{Name: e.Name, T: e, Embedded: true})
			fmt.Fprintf(&b, "\t%s\n", e.Name)
		}
		for j := 0; j < nf; j++ {
			var ft *Type
			switch g.n(10) {
			case 0:
				if len(g.named) > 0 {
					ft = pick(g, g.named)
				} else {
					ft = g.basicType()
				}
			case 1:
				ft = sliceOf(g.basicType())
			case 2:
				ft = arrayOf(1+g.n(3), g.intType())
			case 3:
				if len(g.structs) > 0 {
					ft = pick(g, g.structs)
				} else {
					ft = g.basicType()
				}
			default:
				ft = g.basicType()
			}
			fname := g.name(pick(g, []string{"X", "Y", "N", "Name", "Val", "Id", "W", "x", "y", "n", "name", "val"}))
			t.Fields = append(t.Fields, &Field{Name: fname, T: ft})
			fmt.Fprintf(&b, "\t%s %s\n", fname, ft.S())
		}
		b.WriteString("}")
		g.topDecls = append(g.topDecls, b.String())
		g.structs = append(g.structs, t)
	}
	// interfaces
	ni := g.n(3)
	for i := 0; i < ni; i++ {
		t := &Type{K: KIface, Name: g.name(pick(g, []string{"Shape", "Namer", "Valuer", "Thing"}))}
		nm := 1 + g.n(2)
		used := map[string]bool{}
		var b strings.Builder
		fmt.Fprintf(&b, "type %s interface {\n", t.Name)
		for j := 0; j < nm; j++ {
			mn := pick(g, methodNames)
			if used[mn] {
				continue
			}
			used[mn] = true
			m := &Method{Name: mn, Results: []*Type{g.basicType()}}
			if g.p(0.3) {
				m.Params = []*Type{basicInt("int")}
			}
			t.IMethods = append(t.IMethods, m)
			fmt.Fprintf(&b, "\t%s%s\n", mn, sigString(m.Params, m.Results))
		}
		if g.p(0.2) {
			t.IMethods = append(t.IMethods, &Method{Name: "String", Results: []*Type{tString}})
			b.WriteString("\tString() string\n")
		}
		b.WriteString("}")
		g.topDecls = append(g.topDecls, b.String())
		g.ifaces = append(g.ifaces, t)
		// implementers
		for _, s := range g.structs {
			if g.p(0.6) || len(t.Impls) == 0 {
				ptr := g.p(0.35)
				for _, im := range t.IMethods {
					if methodByName(s, im.Name, true) != nil {
						continue
					}
					m := &Method{Name: im.Name, Params: im.Params, Results: im.Results, PtrRecv: ptr && g.p(0.7)}
					s.Methods = append(s.Methods, m)
					if im.Name == "String" {
						if m.PtrRecv {
							s.PtrStringer = true
						} else {
							s.Stringer = true
						}
					}
				}
				anyPtr := false
				for _, im := range t.IMethods {
					if m := methodByName(s, im.Name, true); m != nil && m.PtrRecv {
						anyPtr = true
					}
				}
				if implements(s, t, true) {
					t.Impls = append(t.Impls, &Impl{T: s, Ptr: anyPtr})
				}
			}
		}
	}
	// an interface nobody implements is not used (no values can be made)
	var keep []*Type
	for _, t := range g.ifaces {
		if len(t.Impls) > 0 {
			keep = append(keep, t)
		}
	}
	g.ifaces = keep
	// struct types embedding an implementer implement the interface too
	for _, t := range g.ifaces {
		for _, s := range g.structs {
			found := false
			for _, im := range t.Impls {
				if im.T == s {
					found = true
				}
			}
			if !found && implements(s, t, false) {
				t.Impls = append(t.Impls, &Impl{T: s, Ptr: false})
			}
		}
	}
	// extra methods on structs
	for _, s := range g.structs {
		k := g.n(3)
		for j := 0; j < k; j++ {
			mn := pick(g, methodNames)
			if methodByName(s, mn, true) != nil {
				continue
			}
			m := &Method{Name: mn, Results: []*Type{g.basicType()}, PtrRecv: g.p(0.5)}
			m.Mutating = m.PtrRecv && g.p(0.7)
			if g.p(0.3) {
				m.Params = []*Type{g.basicType()}
			}
			if g.p(0.15) {
				m.Results = nil
			}
			s.Methods = append(s.Methods, m)
		}
		if !s.Stringer && !s.PtrStringer && methodByName(s, "String", true) == nil && g.p(0.2) {
			// String on a struct: fmt uses it at every depth
			ptr := g.p(0.4)
			s.Methods = append(s.Methods, &Method{Name: "String", Results: []*Type{tString}, PtrRecv: ptr})
			if ptr {
				s.PtrStringer = true
			} else {
				s.Stringer = true
			}
		}
	}
	// an error type
	if g.p(0.5) && len(g.structs) > 0 {
		s := pick(g, g.structs)
		if methodByName(s, "Error", true) == nil {
			s.Methods = append(s.Methods, &Method{Name: "Error", Results: []*Type{tString}})
			s.Errorer = true
			g.tErr.Impls = append(g.tErr.Impls, &Impl{T: s})
		}
	}
	g.recheckImpls()
}

// recheckImpls recomputes which types implement which interfaces, once
// every method is declared.
func (g *Gen) recheckImpls() {
	var keep []*Type
	for _, t := range g.ifaces {
		var impls []*Impl
		for _, s := range g.structs {
			if implements(s, t, false) {
				impls = append(impls, &Impl{T: s})
			} else if implements(s, t, true) {
				impls = append(impls, &Impl{T: s, Ptr: true})
			}
		}
		t.Impls = impls
		if len(impls) > 0 {
			keep = append(keep, t)
		}
	}
	g.ifaces = keep
}

// genMethodsBodies emits the methods declared on struct types, after the
// functions (so method bodies can call functions).
func (g *Gen) genMethodsBodies() {
	for _, s := range g.structs {
		for _, m := range s.Methods {
			g.genMethod(s, m)
		}
	}
}

func (g *Gen) genMethod(s *Type, m *Method) {
	recv := "r" + s.Name
	rt := s.Name
	if m.PtrRecv {
		rt = "*" + s.Name
	}
	saved := g.scope
	g.scope = &Scope{parent: g.global}
	g.fnDepth = 1
	g.fn = &FnCtx{results: m.Results, pure: true, noCalls: true}
	var params []string
	var pvars []*Var
	for _, p := range m.Params {
		v := &Var{Name: g.name("a"), T: p}
		params = append(params, v.Name+" "+p.S())
		pvars = append(pvars, v)
	}
	rv := &Var{Name: recv, T: s, NoAssign: !m.PtrRecv}
	if m.PtrRecv {
		rv.T = ptrTo(s)
		rv.NotNil = true
	}
	head := fmt.Sprintf("func (%s %s) %s(%s)%s", recv, rt, m.Name, strings.Join(params, ", "), resultsString(m.Results))
	var bodyStr string
	switch m.Name {
	case "String", "Error":
		bodyStr = g.body(func() {
			for _, v := range pvars {
				g.declare(v)
			}
			g.scope.vars = append(g.scope.vars, rv)
			// No fmt.Sprint of the receiver itself: that would recurse.
			var parts []string
			parts = append(parts, fmt.Sprintf("%q", s.Name+"("))
			for _, f := range allFields(s) {
				if f.T.basic() && f.T.Name == "" {
					parts = append(parts, fmt.Sprintf("fmt.Sprint(%s.%s)", recv, f.Name))
					parts = append(parts, `" "`)
				}
			}
			parts = append(parts, `")"`)
			g.block.add("return " + strings.Join(parts, " + "))
			rv.Used = true
		})
	default:
		bodyStr = g.body(func() {
			g.scope.vars = append(g.scope.vars, rv)
			rv.Used = true
			for _, v := range pvars {
				g.declare(v)
				v.Used = true
			}
			k := g.n(3)
			for i := 0; i < k; i++ {
				g.stmt(1)
			}
			if m.PtrRecv && m.Mutating {
				fs := assignableFields(s)
				if len(fs) > 0 {
					f := pick(g, fs)
					g.block.add(fmt.Sprintf("%s.%s = %s", recv, f.Name, g.exprTo(f.T, 2).S))
				}
			}
			if len(m.Results) > 0 {
				g.block.add("return " + g.exprTo(m.Results[0], 2).S)
			}
		})
	}
	g.topDecls = append(g.topDecls, braces(head, bodyStr))
	g.scope = saved
	g.fn = nil
	g.fnDepth = 0
}

func allFields(s *Type) []*Field {
	var out []*Field
	for _, f := range s.Fields {
		if f.Embedded {
			out = append(out, allFields(f.T)...)
		} else {
			out = append(out, f)
		}
	}
	return out
}

func assignableFields(s *Type) []*Field {
	var out []*Field
	for _, f := range allFields(s) {
		out = append(out, f)
	}
	return out
}

// ---- package-level variables and constants ----

func (g *Gen) genGlobals() {
	g.globalCtx = true
	defer func() { g.globalCtx = false }()
	k := g.n(3 + g.sizeClass)
	var pending []*Var
	for i := 0; i < k; i++ {
		switch g.n(4) {
		case 0:
			// untyped or typed constant
			t := g.basicType()
			if t.K == KBool {
				t = tInt
			}
			v := &Var{Name: g.name("K"), T: t, Const: true, Global: true, Used: true}
			lit := g.literal(t)
			if g.p(0.5) && (t.K == KInt && t.B == "int" || t.K == KString || t.K == KFloat && t.B == "float64") && t.Alias == "" {
				v.Untyped = true
				g.topDecls = append(g.topDecls, fmt.Sprintf("const %s = %s", v.Name, lit.S))
			} else {
				g.topDecls = append(g.topDecls, fmt.Sprintf("const %s %s = %s", v.Name, t.S(), lit.S))
			}
			g.global.vars = append(g.global.vars, v)
		default:
			t := g.varType(1)
			v := &Var{Name: g.name("g"), T: t, Global: true, Used: true, NotNil: true}
			// initialiser: a literal, or an expression on a global
			// declared later in the file (initialisation order).
			init := g.globalInit(t)
			if len(pending) > 0 && g.p(0.3) {
				d := pending[len(pending)-1]
				if d.T.K == KInt && t.K == KInt && same(d.T, t) {
					init = fmt.Sprintf("%s + %s", d.Name, g.literal(t).S)
				}
			}
			if g.p(0.5) {
				g.topDecls = append(g.topDecls, fmt.Sprintf("var %s %s = %s", v.Name, t.S(), init))
			} else {
				g.topDecls = append(g.topDecls, fmt.Sprintf("var %s = %s", v.Name, convIfUntyped(t, init)))
			}
			g.global.vars = append(g.global.vars, v)
			pending = append(pending, v)
		}
	}
	if len(pending) > 0 && g.p(0.4) {
		// an init function that changes globals (no output: see README)
		var lines []string
		for _, v := range pending {
			if v.T.K == KInt && g.p(0.6) {
				lines = append(lines, fmt.Sprintf("\t%s += %s", v.Name, g.literal(v.T).S))
			}
			if v.T.K == KSlice && g.p(0.5) {
				lines = append(lines, fmt.Sprintf("\t%s = append(%s, %s)", v.Name, v.Name, g.globalInit(v.T.Elem)))
			}
		}
		if len(lines) > 0 {
			g.topDecls = append(g.topDecls, "func init() {\n"+strings.Join(lines, "\n")+"\n}")
		}
	}
}

func convIfUntyped(t *Type, s string) string {
	if t.K == KIface {
		return t.S() + "(" + s + ")"
	}
	if t.basic() && !(t.K == KInt && t.B == "int" && t.Alias == "" && t.Name == "" && !strings.Contains(s, "'")) {
		return t.S() + "(" + s + ")"
	}
	return s
}

// globalInit: an initialiser for a package variable: no calls.
func (g *Gen) globalInit(t *Type) string {
	switch t.K {
	case KInt, KFloat, KString, KBool:
		return g.literal(t).S
	case KSlice:
		n := 1 + g.n(4)
		var el []string
		for i := 0; i < n; i++ {
			el = append(el, g.globalInit(t.Elem))
		}
		return t.S() + "{" + strings.Join(el, ", ") + "}"
	case KArray:
		var el []string
		for i := 0; i < t.Len; i++ {
			el = append(el, g.globalInit(t.Elem))
		}
		return t.S() + "{" + strings.Join(el, ", ") + "}"
	case KMap:
		return g.mapLiteralConst(t)
	case KStruct:
		var el []string
		for _, f := range t.Fields {
			if g.p(0.7) {
				el = append(el, f.Name+": "+g.globalInit(f.T))
			}
		}
		return t.Name + "{" + strings.Join(el, ", ") + "}"
	case KPtr:
		if t.Elem.K == KStruct {
			return "&" + g.globalInit(t.Elem)
		}
		return "new(" + t.Elem.S() + ")"
	case KIface:
		if t.IsError {
			g.imports["errors"] = true
			return "errors.New(" + g.stringLit() + ")"
		}
		if t.IsAny {
			return g.literal(g.basicType()).S
		}
		im := pick(g, t.Impls)
		if im.Ptr {
			return "&" + g.globalInit(im.T)
		}
		return g.globalInit(im.T)
	}
	return g.zero(t)
}

func (g *Gen) zero(t *Type) string {
	switch t.K {
	case KInt, KFloat:
		if t.Name != "" {
			return t.Name + "(0)"
		}
		return "0"
	case KString:
		return `""`
	case KBool:
		return "false"
	case KStruct, KArray:
		return t.S() + "{}"
	}
	return "nil"
}

// varType: a type for a variable.
func (g *Gen) varType(depth int) *Type {
	switch g.n(17) {
	case 0, 1:
		if depth > 0 {
			return sliceOf(g.varType(depth - 1))
		}
	case 2:
		if depth > 0 {
			return arrayOf(1+g.n(4), g.varType(depth-1))
		}
	case 3:
		if depth > 0 {
			k := g.intType()
			if g.p(0.5) {
				k = tString
			}
			return mapOf(k, g.varType(depth-1))
		}
	case 4, 5:
		if len(g.structs) > 0 {
			return pick(g, g.structs)
		}
	case 6:
		if len(g.named) > 0 {
			return pick(g, g.named)
		}
	case 7:
		if len(g.structs) > 0 && depth > 0 {
			return ptrTo(pick(g, g.structs))
		}
	case 9:
		if depth > 0 && g.p(0.3) {
			return g.tErr
		}
	case 10:
		if depth > 0 && g.p(0.3) && !g.globalCtx {
			// a function type: higher-order functions
			ft := &Type{K: KFunc, Results: []*Type{g.basicType()}}
			for i := 0; i < g.n(3); i++ {
				ft.Params = append(ft.Params, g.basicType())
			}
			return ft
		}
		if depth > 0 && g.p(0.3) {
			return sliceOf(sliceOf(g.basicType()))
		}
	case 8:
		if len(g.ifaces) > 0 && depth > 0 {
			it := pick(g, g.ifaces)
			if len(it.Impls) > 0 {
				return it
			}
		}
	}
	return g.basicType()
}

// ---- functions ----

func (g *Gen) genFunc() {
	f := &Func{Name: g.name(pick(g, []string{"calc", "mix", "step", "fold", "pick", "conv", "build"}))}
	np := g.n(4)
	for i := 0; i < np; i++ {
		f.Params = append(f.Params, g.varType(1))
	}
	if np > 0 && g.p(0.15) {
		f.Variadic = true
		f.Params[np-1] = sliceOf(g.basicType())
	}
	nr := 1
	if g.p(0.2) {
		nr = 0
	} else if g.p(0.25) {
		nr = 2
	}
	for i := 0; i < nr; i++ {
		f.Results = append(f.Results, g.varType(1))
	}
	namedRes := nr > 0 && g.p(0.3)
	for _, r := range f.Results {
		if r.K == KPtr || r.K == KMap || r.K == KIface || r.K == KFunc {
			namedRes = false // a bare return would give nil
		}
	}
	f.Prints = g.p(0.2)

	saved := g.scope
	g.scope = &Scope{parent: g.global}
	g.fnDepth = 1
	g.fn = &FnCtx{results: f.Results, canPrint: f.Prints, pure: true}
	var params []string
	var pvars []*Var
	for i, p := range f.Params {
		v := &Var{Name: g.name("p"), T: p}
		if f.Variadic && i == len(f.Params)-1 {
			params = append(params, v.Name+" ..."+p.Elem.S())
		} else {
			params = append(params, v.Name+" "+p.S())
		}
		pvars = append(pvars, v)
	}
	var rvars []*Var
	res := resultsString(f.Results)
	if namedRes {
		var rs []string
		for _, r := range f.Results {
			v := &Var{Name: g.name("r"), T: r, Used: true}
			rvars = append(rvars, v)
			rs = append(rs, v.Name+" "+r.S())
		}
		res = " (" + strings.Join(rs, ", ") + ")"
		g.fn.named = rvars
	}
	head := fmt.Sprintf("func %s(%s)%s", f.Name, strings.Join(params, ", "), res)
	bodyStr := g.body(func() {
		for _, v := range pvars {
			g.declare(v)
			v.Used = true
		}
		for _, v := range rvars {
			g.declare(v)
		}
		if namedRes && g.p(0.5) {
			// a deferred closure changes the named result
			v := rvars[0]
			if v.T.K == KInt || v.T.K == KFloat || v.T.K == KString {
				g.block.add(fmt.Sprintf("defer func() {\n\t%s += %s\n}()", v.Name, g.literalNZ(v.T).S))
			}
		}
		k := 1 + g.n(2+g.sizeClass)
		for i := 0; i < k; i++ {
			g.stmt(2)
		}
		g.returnStmt()
	})
	g.topDecls = append(g.topDecls, braces(head, bodyStr))
	g.scope = saved
	g.fn = nil
	g.fnDepth = 0
	g.funcs = append(g.funcs, f)
}

func (g *Gen) returnStmt() {
	if g.opt.Invalid && g.mutation == "missing_return" && !g.mutated && len(g.fn.results) > 0 && g.fnDepth == 1 {
		g.mutated = true
		g.block.add("//@@DEL@@")
		var rs []string
		for _, r := range g.fn.results {
			rs = append(rs, g.exprTo(r, 2).S)
		}
		g.block.add("return " + strings.Join(rs, ", "))
		return
	}
	if len(g.fn.results) == 0 {
		if g.p(0.3) {
			g.block.add("return")
		}
		return
	}
	if g.fn.named != nil && g.p(0.5) {
		g.block.add("return")
		return
	}
	var rs []string
	for _, r := range g.fn.results {
		rs = append(rs, g.exprTo(r, 2).S)
	}
	g.block.add("return " + strings.Join(rs, ", "))
}

// genTest generates a test function t<i>, called from main through run.
func (g *Gen) genTest(i int) string {
	name := fmt.Sprintf("test%d", i)
	saved := g.scope
	g.scope = &Scope{parent: g.global}
	g.fnDepth = 1
	g.fn = &FnCtx{canPrint: true, isTest: true}
	bodyStr := g.body(func() {
		k := 3 + g.n(4+3*g.sizeClass)
		for j := 0; j < k; j++ {
			g.stmt(g.depthCap)
		}
		if g.p(0.3) {
			g.panicStmt(false)
		}
	})
	g.scope = saved
	g.fn = nil
	g.fnDepth = 0
	return braces("func "+name+"()", bodyStr)
}

func (g *Gen) genMain(tests []string) string {
	g.helpers["run"] = true
	g.scope = &Scope{parent: g.global}
	g.fnDepth = 1
	g.fn = &FnCtx{canPrint: true, isTest: true}
	bodyStr := g.body(func() {
		// print the globals (their initialisation order is tested)
		var gs []string
		for _, v := range g.global.vars {
			if !v.Const && printable(v.T, true) && len(gs) < 4 {
				gs = append(gs, v.Name)
			}
		}
		if len(gs) > 0 {
			g.block.add("fmt.Println(" + strings.Join(gs, ", ") + ")")
		}
		for i := range tests {
			if g.p(0.1) && i == len(tests)-1 {
				g.block.add(fmt.Sprintf("test%d()", i))
			} else {
				g.block.add(fmt.Sprintf("run(%q, test%d)", fmt.Sprintf("test%d", i), i))
			}
		}
		if g.opt.Invalid && !g.mutated {
			if g.mutation == "missing_return" {
				g.mutation = "missing_return->undefined_name"
				g.mutText = fmt.Sprintf("fmt.Println(%s)", g.name("undef"))
				g.block.add("//@@MUT@@")
				g.mutated = true
			} else {
				g.stmtCount = g.mutateAt
				g.stmt(1)
			}
		}
		switch {
		case g.p(0.12):
			g.panicStmt(true)
		case g.p(0.03):
			g.imports["os"] = true
			g.block.add(fmt.Sprintf("os.Exit(%d)", 3+g.n(5)))
		case g.p(0.02):
			g.block.add("select {}")
		}
	})
	g.fn = nil
	g.fnDepth = 0
	return braces("func main()", bodyStr)
}
