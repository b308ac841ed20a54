package progen

import (
	"fmt"
	"strings"
)

// Mutations: each introduces one compile error into an otherwise valid
// program (invalid mode). Most are a statement inserted at a random
// statement position, written with the variables in scope there; a few
// change the program's structure (an unused import, a missing return).
var mutations = []string{
	"assign_type_mismatch", "unused_var", "unused_import", "undefined_name", "wrong_arg_count",
	"missing_return", "binary_mismatch", "const_overflow", "call_non_function", "wrong_return_count",
	"no_new_vars", "non_bool_cond", "undefined_field", "assign_to_string_index", "invalid_indirect",
	"slice_compare", "break_outside_loop", "div_by_zero_const", "duplicate_case", "not_interface",
	"unused_label", "redeclared", "assign_count_mismatch", "string_times_int", "bitwise_float",
	"negative_shift_const", "len_of_int", "syntax_missing_paren", "syntax_missing_brace", "syntax_bad_token",
	"ptr_method_not_impl", "wrong_arg_type", "package_without_selector", "undefined_pkg_member",
	"address_of_constant", "assign_to_const", "void_used_as_value", "map_missing_key", "unknown_field",
	"too_few_values", "bool_arith", "not_on_int", "defer_non_call", "string_to_int_conversion",
	"return_type_mismatch", "float_truncated", "wrong_method_args", "assign_to_map_struct_field",
	"unexported_pkg", "shift_float", "dup_map_key", "array_index_const_oob", "misuse_type_as_expr",
	"ignore_results_mismatch",
}

func (g *Gen) pickMutation() {
	g.mutation = pick(g, mutations)
	g.mutateAt = 1 + g.n(25)
}

func (g *Gen) localVars(f func(v *Var) bool) []*Var {
	return g.lookup(func(v *Var) bool {
		if v.T.K == KFunc && g.avoid("func-param-names") {
			return false
		}
		if v.Const && v.T.K == KFloat && g.avoid("float32-const-msg") {
			return false
		}
		return !v.Chan && !v.Untyped && f(v)
	})
}

func (g *Gen) varOfKind(k Kind, plainOnly bool) *Var {
	vs := g.localVars(func(v *Var) bool {
		return v.T.K == k && (!plainOnly || v.T.Name == "") && !v.Const
	})
	if len(vs) == 0 {
		return nil
	}
	return pick(g, vs)
}

// mutate emits the mutation statement; it falls back to an always
// applicable one when the context lacks what a mutation needs.
func (g *Gen) mutate() {
	switch g.mutation {
	case "unused_import", "missing_return":
		return // structural, see program and returnStmt
	}
	// marked first: making the mutated statement may generate nested
	// statements (a closure's body) that must not mutate again
	g.mutated = true
	if s, ok := g.mutationStmt(g.mutation); ok {
		g.mutText = s
		g.block.add("//@@MUT@@")
		g.mutated = true
		return
	}
	fallbacks := []string{"undefined_name", "unused_var", "const_overflow", "string_to_int_conversion",
		"assign_count_mismatch", "redeclared", "unused_label", "package_without_selector", "undefined_pkg_member",
		"address_of_constant", "syntax_missing_paren", "map_missing_key", "defer_non_call", "float_truncated"}
	m := pick(g, fallbacks)
	s, _ := g.mutationStmt(m)
	g.mutation = g.mutation + "->" + m
	g.mutText = s
	g.block.add("//@@MUT@@")
	g.mutated = true
}

func (g *Gen) mutationStmt(m string) (string, bool) {
	u := g.name("bad")
	switch m {
	case "assign_type_mismatch":
		vs := g.localVars(func(v *Var) bool { return g.canAssignVar(v) && v.T.basic() })
		if len(vs) == 0 {
			return "", false
		}
		v := pick(g, vs)
		g.use(v)
		var rhs string
		switch v.T.K {
		case KString:
			rhs = pick(g, []string{"42", "3.5", "true", "'x'"})
		case KBool:
			rhs = pick(g, []string{"1", `"yes"`})
		case KInt, KFloat:
			rhs = pick(g, []string{`"text"`, "true", "nil"})
			if o := g.varOfKind(KString, false); o != nil && g.p(0.5) {
				rhs = g.use(o)
			}
			if g.p(0.3) {
				// a variable of another numeric type
				ws := g.localVars(func(w *Var) bool { return (w.T.K == KInt || w.T.K == KFloat) && !same(w.T, v.T) })
				if len(ws) > 0 {
					rhs = g.use(pick(g, ws))
				}
			}
		}
		return fmt.Sprintf("%s = %s", v.Name, rhs), true
	case "unused_var":
		t := g.basicType()
		if g.p(0.5) {
			return fmt.Sprintf("%s := %s", u, g.exprTyped(t, 1).S), true
		}
		return fmt.Sprintf("var %s %s", u, t.S()), true
	case "undefined_name":
		switch g.n(4) {
		case 0:
			return fmt.Sprintf("fmt.Println(%s)", u), true
		case 1:
			return fmt.Sprintf("%s = 1", u), true
		case 2:
			return fmt.Sprintf("_ = %s(%s)", u, g.exprTyped(tInt, 1).S), true
		default:
			return fmt.Sprintf("var %s %sType\n_ = %s", u, u, u), true
		}
	case "wrong_arg_count":
		if len(g.funcs) == 0 || g.fn.noCalls {
			return "", false
		}
		f := pick(g, g.funcs)
		if f.Variadic {
			return "", false
		}
		args := g.args(f.Params, false, 1)
		if len(f.Params) > 0 && g.p(0.5) {
			args = g.args(f.Params[:len(f.Params)-1], false, 1)
		} else {
			if args != "" {
				args += ", "
			}
			args += g.exprTyped(tInt, 1).S
		}
		return fmt.Sprintf("%s(%s)", f.Name, args), true
	case "binary_mismatch":
		vs := g.localVars(func(v *Var) bool { return v.T.basic() })
		if len(vs) < 2 {
			return "", false
		}
		a, b := pick(g, vs), pick(g, vs)
		if same(a.T, b.T) {
			return "", false
		}
		op := pick(g, []string{"+", "-", "==", "<", "*"})
		return fmt.Sprintf("_ = %s %s %s", g.use(a), op, g.use(b)), true
	case "const_overflow":
		t := basicInt(pick(g, []string{"int8", "uint8", "int16", "uint16", "int32", "uint32", "uint", "int64"}))
		_, max := intRange(t)
		min, _ := intRange(t)
		val := max.String()
		switch g.n(3) {
		case 0:
			val = fmt.Sprintf("%s + 1", max.String())
		case 1:
			val = fmt.Sprintf("%s - 1", min.String())
		default:
			val = "1 << " + itoa(t.Bits)
		}
		switch g.n(3) {
		case 0:
			return fmt.Sprintf("var %s %s = %s\n_ = %s", u, t.S(), val, u), true
		case 1:
			return fmt.Sprintf("_ = %s(%s)", t.S(), val), true
		default:
			return fmt.Sprintf("_ = %s(%d) * %d", t.S(), 100, 1<<uint(t.Bits/2+1)), true
		}
	case "call_non_function":
		vs := g.localVars(func(v *Var) bool { return v.T.basic() || v.T.K == KSlice || v.T.K == KStruct })
		if len(vs) == 0 {
			return "", false
		}
		return fmt.Sprintf("%s()", g.use(pick(g, vs))), true
	case "wrong_return_count":
		if len(g.fn.results) == 0 {
			return "return " + g.exprTyped(tInt, 1).S, true
		}
		if g.p(0.5) {
			return "return", g.fn.named == nil
		}
		var rs []string
		for _, r := range g.fn.results {
			rs = append(rs, g.exprTo(r, 1).S)
		}
		rs = append(rs, "0")
		return "return " + strings.Join(rs, ", "), true
	case "no_new_vars":
		var vs []*Var
		for _, v := range g.scope.vars {
			if !v.Const && !v.Untyped && !v.Chan && v.T.K != KFunc && v.fnDepth == g.fnDepth {
				vs = append(vs, v)
			}
		}
		if len(vs) == 0 {
			return "", false
		}
		v := pick(g, vs)
		return fmt.Sprintf("%s := %s", g.use(v), g.exprTo(v.T, 1).S), true
	case "non_bool_cond":
		vs := g.localVars(func(v *Var) bool { return v.T.K == KInt || v.T.K == KString })
		if len(vs) == 0 {
			return "", false
		}
		kw := pick(g, []string{"if %s {\n}", "for %s {\n}"})
		return fmt.Sprintf(kw, g.use(pick(g, vs))), true
	case "undefined_field":
		vs := g.localVars(func(v *Var) bool { return v.T.K == KStruct || v.T.K == KPtr && v.T.Elem.K == KStruct })
		if len(vs) == 0 {
			return "", false
		}
		return fmt.Sprintf("_ = %s.%s", g.use(pick(g, vs)), pick(g, []string{"Nope", "missing", "Len", "x"})), true
	case "assign_to_string_index":
		v := g.varOfKind(KString, false)
		if v == nil {
			return "", false
		}
		return fmt.Sprintf("%s[0] = 'x'", g.use(v)), true
	case "invalid_indirect":
		vs := g.localVars(func(v *Var) bool { return v.T.basic() || v.T.K == KStruct })
		if len(vs) == 0 {
			return "", false
		}
		return fmt.Sprintf("_ = *%s", g.use(pick(g, vs))), true
	case "slice_compare":
		vs := g.localVars(func(v *Var) bool { return v.T.K == KSlice || v.T.K == KMap || v.T.K == KFunc })
		if len(vs) == 0 {
			return "", false
		}
		a := pick(g, vs)
		b := g.exprNC(a.T, 1)
		return fmt.Sprintf("_ = %s == %s", g.use(a), b.S), true
	case "break_outside_loop":
		if g.fn.breakOK == 0 {
			return "break", true
		}
		if g.fn.loops == 0 {
			return "continue", true
		}
		return "", false
	case "div_by_zero_const":
		vs := g.localVars(func(v *Var) bool { return v.T.K == KInt })
		if len(vs) == 0 {
			return "", false
		}
		return fmt.Sprintf("_ = %s %s 0", g.use(pick(g, vs)), pick(g, []string{"/", "%"})), true
	case "duplicate_case":
		vs := g.localVars(func(v *Var) bool { return v.T.K == KInt || v.T.K == KString })
		if len(vs) == 0 {
			return "", false
		}
		v := pick(g, vs)
		lit := "1"
		if v.T.K == KString {
			lit = `"a"`
		}
		return fmt.Sprintf("switch %s {\ncase %s:\ncase %s:\n}", g.use(v), lit, lit), true
	case "not_interface":
		vs := g.localVars(func(v *Var) bool { return v.T.K != KIface })
		if len(vs) == 0 {
			return "", false
		}
		return fmt.Sprintf("_ = %s.(int)", g.use(pick(g, vs))), true
	case "unused_label":
		return fmt.Sprintf("%s:\nfor %s := 0; %s < 1; %s++ {\n}", u, "q", "q", "q"), true
	case "redeclared":
		return fmt.Sprintf("var %s int\nvar %s string\n_ = %s", u, u, u), true
	case "assign_count_mismatch":
		k := g.n(3)
		if k == 1 && g.avoid("extra-init-expr") {
			k = 0
		}
		switch k {
		case 0:
			return fmt.Sprintf("%s, %s := 1", u, u+"b"), true
		case 1:
			return fmt.Sprintf("var %s, %s = 1, 2, 3", u, u+"b"), true
		default:
			return fmt.Sprintf("%s := 1, 2", u), true
		}
	case "string_times_int":
		v := g.varOfKind(KString, false)
		if v == nil {
			return "", false
		}
		return fmt.Sprintf("_ = %s %s 2", g.use(v), pick(g, []string{"*", "-", "/"})), true
	case "bitwise_float":
		v := g.varOfKind(KFloat, false)
		if v == nil {
			return "", false
		}
		return fmt.Sprintf("_ = %s %s 1", g.use(v), pick(g, []string{"&", "|", "%", "^"})), true
	case "negative_shift_const":
		vs := g.localVars(func(v *Var) bool { return v.T.K == KInt })
		if len(vs) == 0 {
			return "", false
		}
		return fmt.Sprintf("_ = %s << -1", g.use(pick(g, vs))), true
	case "len_of_int":
		vs := g.localVars(func(v *Var) bool {
			return v.T.K == KInt || v.T.K == KFloat && !(v.Const && g.avoid("float32-const-msg")) || v.T.K == KBool
		})
		if len(vs) == 0 {
			return "", false
		}
		return fmt.Sprintf("_ = %s(%s)", pick(g, []string{"len", "cap"}), g.use(pick(g, vs))), true
	case "syntax_missing_paren":
		return fmt.Sprintf("fmt.Println(%s, %s", g.printArg(1), g.printArg(1)), true
	case "syntax_missing_brace":
		return fmt.Sprintf("if %s\n{\n}", g.boolExpr(1).S), true
	case "syntax_bad_token":
		bad := []string{u + " := := 1", u + " := 1 +", "var " + u + " int = ", "fmt.Println(1,, 2)", u + " := [3]int{1, 2"}
		if !g.avoid("syntax-if-no-cond") {
			bad = append(bad, "if {\n}")
		}
		bad = append(bad, "for ;; ; {\n}")
		return pick(g, bad), true
	case "ptr_method_not_impl":
		for _, it := range g.ifaces {
			for _, im := range it.Impls {
				if im.Ptr {
					return fmt.Sprintf("var %s %s = %s{}\n_ = %s", u, it.Name, im.T.Name, u), true
				}
			}
		}
		return "", false
	case "wrong_arg_type":
		if len(g.funcs) == 0 || g.fn.noCalls {
			return "", false
		}
		f := pick(g, g.funcs)
		if len(f.Params) == 0 || f.Variadic {
			return "", false
		}
		var as []string
		bad := g.n(len(f.Params))
		for i, p := range f.Params {
			if i == bad {
				if p.K == KString {
					as = append(as, "1")
				} else {
					as = append(as, `"wrong"`)
				}
				continue
			}
			as = append(as, g.exprTo(p, 1).S)
		}
		return fmt.Sprintf("%s(%s)", f.Name, strings.Join(as, ", ")), true
	case "package_without_selector":
		return "_ = fmt", true
	case "undefined_pkg_member":
		return pick(g, []string{"fmt.Printl(1)", "_ = fmt.Sprintff", "fmt.println(2)"}), true
	case "address_of_constant":
		return pick(g, []string{"_ = &5", "_ = &\"s\"", "_ = &len(\"ab\")"}), true
	case "assign_to_const":
		vs := g.lookup(func(v *Var) bool { return v.Const })
		if len(vs) == 0 {
			return "", false
		}
		return fmt.Sprintf("%s = %s", g.use(pick(g, vs)), "1"), true
	case "void_used_as_value":
		for _, f := range g.funcs {
			if len(f.Results) == 0 && !f.Variadic && !g.fn.noCalls {
				return fmt.Sprintf("%s := %s(%s)\n_ = %s", u, f.Name, g.args(f.Params, false, 1), u), true
			}
		}
		return fmt.Sprintf("_ = fmt.Println()\n%s := println()", u), true
	case "map_missing_key":
		return fmt.Sprintf("_ = map[string]int{%s}", pick(g, []string{`"a"`, `"a": 1, 2`})), true
	case "unknown_field":
		if len(g.structs) == 0 {
			return "", false
		}
		s := pick(g, g.structs)
		return fmt.Sprintf("_ = %s{Nope: 1}", s.Name), true
	case "too_few_values":
		if len(g.structs) == 0 {
			return "", false
		}
		s := pick(g, g.structs)
		if len(s.Fields) < 2 {
			return "", false
		}
		return fmt.Sprintf("_ = %s{%s}", s.Name, g.elemExpr(s.Fields[0].T, 1)), true
	case "bool_arith":
		v := g.varOfKind(KBool, false)
		if v == nil {
			return fmt.Sprintf("_ = true + false"), true
		}
		return fmt.Sprintf("_ = %s + %s", g.use(v), g.use(v)), true
	case "not_on_int":
		vs := g.localVars(func(v *Var) bool { return v.T.K == KInt || v.T.K == KString })
		if len(vs) == 0 {
			return "", false
		}
		return fmt.Sprintf("_ = !%s", g.use(pick(g, vs))), true
	case "defer_non_call":
		return pick(g, []string{"defer 5", "defer fmt.Println", "go 1"}), true
	case "string_to_int_conversion":
		return pick(g, []string{`_ = int("5")`, `_ = float64("1.5")`, `_ = string(1.5)`, `_ = bool(1)`, `_ = []int("abc")`}), true
	case "return_type_mismatch":
		if len(g.fn.results) != 1 {
			return "", false
		}
		r := g.fn.results[0]
		if r.K == KString {
			return "return 1", true
		}
		if r.K == KInt || r.K == KFloat || r.K == KBool {
			return `return "one"`, true
		}
		return "return 1", true
	case "float_truncated":
		vals := []string{"2.5", "0.1"}
		if !g.avoid("float-truncated") {
			vals = append(vals, "1e100")
		}
		return fmt.Sprintf("var %s int = %s\n_ = %s", u, pick(g, vals), u), true
	case "wrong_method_args":
		vs := g.localVars(func(v *Var) bool { return v.T.K == KStruct && len(v.T.Methods) > 0 })
		if len(vs) == 0 || g.fn.noCalls {
			return "", false
		}
		v := pick(g, vs)
		m := pick(g, v.T.Methods)
		args := g.args(m.Params, false, 1)
		if args != "" {
			args += ", "
		}
		return fmt.Sprintf("%s.%s(%s%s)", g.use(v), m.Name, args, "1"), true
	case "assign_to_map_struct_field":
		if len(g.structs) == 0 {
			return "", false
		}
		s := pick(g, g.structs)
		fs := allFields(s)
		if len(fs) == 0 {
			return "", false
		}
		f := fs[0]
		return fmt.Sprintf("%s := map[string]%s{}\n%s[\"k\"].%s = %s", u, s.Name, u, f.Name, g.elemExpr(f.T, 1)), true
	case "unexported_pkg":
		g.imports["strings"] = true
		if g.avoid("unexported-msg") {
			return "", false
		}
		return pick(g, []string{"_ = strings.indexFunc", "_ = fmt.newPrinter"}), true
	case "shift_float":
		v := g.varOfKind(KFloat, false)
		if v == nil {
			return "_ = 1.5 << 2", true
		}
		return fmt.Sprintf("_ = %s << 2", g.use(v)), true
	case "dup_map_key":
		return pick(g, []string{`_ = map[int]string{1: "a", 1: "b"}`, `_ = map[string]bool{"x": true, "x": false}`, `_ = []int{0: 1, 0: 2}`}), true
	case "array_index_const_oob":
		vs := g.localVars(func(v *Var) bool { return v.T.K == KArray })
		if len(vs) == 0 {
			return fmt.Sprintf("%s := [3]int{}\n_ = %s[5]", u, u), true
		}
		v := pick(g, vs)
		return fmt.Sprintf("_ = %s[%d]", g.use(v), v.T.Len+g.n(3)), true
	case "misuse_type_as_expr":
		return pick(g, []string{"_ = int", "fmt.Println(string)", "x := []int\n_ = x"}), true
	case "ignore_results_mismatch":
		for _, f := range g.funcs {
			if len(f.Results) == 2 && !f.Variadic && !g.fn.noCalls {
				return fmt.Sprintf("%s := %s(%s)\n_ = %s", u, f.Name, g.args(f.Params, false, 1), u), true
			}
		}
		return "", false
	}
	return "", false
}
