package progen

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"sort"
	"strings"
	"sync"
)

// The generator tracks which variables are read, but conservatively; a
// type-checking pass (go/types) then fixes what is left: an unused
// variable gets "_ = v" after its declaration (or at the start of the
// body it scopes), an unused import is dropped. Any other error is a
// generator bug and is returned.

var (
	impMu sync.Mutex
	imp   = importer.Default()
)

type insertion struct {
	line int // insert before this 0-based line
	text string
	del  bool // delete the line instead
}

func typeErrors(src string) (*token.FileSet, *ast.File, []types.Error, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "prog.go", src, parser.ParseComments)
	if err != nil {
		return nil, nil, nil, err
	}
	var errs []types.Error
	conf := types.Config{Importer: imp, Error: func(e error) {
		if te, ok := e.(types.Error); ok {
			errs = append(errs, te)
		}
	}}
	impMu.Lock()
	conf.Check("main", fset, []*ast.File{f}, nil)
	impMu.Unlock()
	return fset, f, errs, nil
}

func fixUnused(src string) (string, error) {
	for iter := 0; iter < 30; iter++ {
		fset, f, errs, err := typeErrors(src)
		if err != nil {
			return src, fmt.Errorf("generator bug: %v", err)
		}
		if len(errs) == 0 {
			return src, nil
		}
		lines := strings.Split(src, "\n")
		var ins []insertion
		for _, e := range errs {
			pos := fset.Position(e.Pos)
			switch {
			case strings.HasSuffix(e.Msg, " declared but not used"):
				name := strings.TrimSuffix(e.Msg, " declared but not used")
				if i, ok := unusedInsertion(fset, f, e.Pos, name, lines); ok {
					ins = append(ins, i)
				} else {
					return src, fmt.Errorf("generator bug: cannot fix %s: %s", pos, e.Msg)
				}
			case strings.HasSuffix(e.Msg, " imported and not used"), strings.HasSuffix(e.Msg, " imported but not used"):
				ins = append(ins, insertion{line: pos.Line - 1, del: true})
			default:
				return src, fmt.Errorf("generator bug: %d:%d: %s", pos.Line, pos.Column, e.Msg)
			}
		}
		sort.SliceStable(ins, func(i, j int) bool { return ins[i].line > ins[j].line })
		done := map[int]bool{}
		for _, in := range ins {
			if in.del {
				if done[in.line] {
					continue
				}
				done[in.line] = true
				lines = append(lines[:in.line], lines[in.line+1:]...)
				continue
			}
			lines = append(lines[:in.line], append([]string{in.text}, lines[in.line:]...)...)
		}
		src = strings.Join(lines, "\n")
	}
	return src, fmt.Errorf("generator bug: fixup does not converge")
}

func indentOf(line string) string {
	return line[:len(line)-len(strings.TrimLeft(line, "\t"))]
}

// unusedInsertion finds where "_ = name" goes for the variable declared at p.
func unusedInsertion(fset *token.FileSet, f *ast.File, p token.Pos, name string, lines []string) (insertion, bool) {
	var best ast.Stmt
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil {
			return false
		}
		var list []ast.Stmt
		switch b := n.(type) {
		case *ast.BlockStmt:
			list = b.List
		case *ast.CaseClause:
			list = b.Body
		case *ast.CommClause:
			list = b.Body
		}
		for _, s := range list {
			if s.Pos() <= p && p < s.End() {
				best = s
			}
		}
		return n.Pos() <= p && p < n.End()
	})
	if best == nil {
		return insertion{}, false
	}
	s := best
	for {
		if l, ok := s.(*ast.LabeledStmt); ok {
			s = l.Stmt
			continue
		}
		break
	}
	atBodyStart := func(body *ast.BlockStmt) (insertion, bool) {
		l := fset.Position(body.Lbrace).Line // 1-based line of "{": insert after it
		ind := indentOf(lines[fset.Position(s.Pos()).Line-1]) + "\t"
		return insertion{line: l, text: ind + "_ = " + name}, true
	}
	in := func(n ast.Node) bool { return n != nil && n.Pos() <= p && p < n.End() }
	switch st := s.(type) {
	case *ast.IfStmt:
		if in(st.Init) {
			return atBodyStart(st.Body)
		}
	case *ast.ForStmt:
		if in(st.Init) {
			return atBodyStart(st.Body)
		}
	case *ast.RangeStmt:
		if in(st.Key) || in(st.Value) {
			return atBodyStart(st.Body)
		}
	case *ast.TypeSwitchStmt:
		if in(st.Assign) {
			if len(st.Body.List) == 0 {
				return insertion{}, false
			}
			cc := st.Body.List[0].(*ast.CaseClause)
			l := fset.Position(cc.Colon).Line
			ind := indentOf(lines[fset.Position(s.Pos()).Line-1]) + "\t"
			return insertion{line: l, text: ind + "_ = " + name}, true
		}
	case *ast.SwitchStmt:
		if in(st.Init) {
			return insertion{}, false
		}
	}
	end := fset.Position(best.End()).Line // 1-based last line: insert after it
	ind := indentOf(lines[fset.Position(best.Pos()).Line-1])
	return insertion{line: end, text: ind + "_ = " + name}, true
}

// Check type-checks a program and returns the first error (nil if none).
func Check(src string) error {
	fset, _, errs, err := typeErrors(src)
	if err != nil {
		return err
	}
	if len(errs) > 0 {
		p := fset.Position(errs[0].Pos)
		return fmt.Errorf("%d:%d: %s", p.Line, p.Column, errs[0].Msg)
	}
	return nil
}

// FixUnused repairs unused variables and imports of a program (for the
// reducer); other errors are returned.
func FixUnused(src string) (string, error) { return fixUnused(src) }
