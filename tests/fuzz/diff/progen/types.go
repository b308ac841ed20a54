package progen

import (
	"math/big"
	"strings"
)

// Kind is the kind of a generated type.
type Kind int

const (
	KInt Kind = iota
	KFloat
	KString
	KBool
	KSlice
	KArray
	KMap
	KPtr
	KStruct
	KIface
	KFunc
	KChan
)

// Field is a struct field.
type Field struct {
	Name     string
	T        *Type
	Embedded bool
}

// Method is a method of a named type or of an interface.
type Method struct {
	Name     string
	Params   []*Type
	Results  []*Type
	PtrRecv  bool
	Mutating bool // changes its receiver: called only where that is allowed
}

// Impl says that a concrete type implements an interface, through a
// pointer (Ptr: *T implements it) or as a value.
type Impl struct {
	T   *Type
	Ptr bool
}

// Type is a Go type of a generated program.
type Type struct {
	K      Kind
	Name   string // defined type name, or ""
	B      string // basic: int8, ..., float64, string, bool
	Alias  string // byte or rune
	Bits   int
	Signed bool

	Elem, Key *Type
	Len       int

	Fields  []*Field
	Methods []*Method // methods declared on a defined type

	IMethods []*Method // interface methods
	Impls    []*Impl   // concrete types known to implement the interface
	IsError  bool      // the interface is error
	IsAny    bool

	Params, Results []*Type

	Stringer    bool     // value-receiver String() string
	PtrStringer bool     // pointer-receiver String() string
	Errorer     bool     // value-receiver Error() string
	Enum        []string // constants of an iota enum type
}

var intNames = []string{"int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr"}

func basicInt(name string) *Type {
	t := &Type{K: KInt, B: name}
	switch name {
	case "byte":
		t.B, t.Alias = "uint8", "byte"
	case "rune":
		t.B, t.Alias = "int32", "rune"
	}
	switch t.B {
	case "int", "int64":
		t.Bits, t.Signed = 64, true
	case "int8":
		t.Bits, t.Signed = 8, true
	case "int16":
		t.Bits, t.Signed = 16, true
	case "int32":
		t.Bits, t.Signed = 32, true
	case "uint", "uint64", "uintptr":
		t.Bits = 64
	case "uint8":
		t.Bits = 8
	case "uint16":
		t.Bits = 16
	case "uint32":
		t.Bits = 32
	}
	return t
}

var (
	tInt     = basicInt("int")
	tInt64   = basicInt("int64")
	tUint8   = basicInt("uint8")
	tByte    = basicInt("byte")
	tRune    = basicInt("rune")
	tUint    = basicInt("uint")
	tFloat64 = &Type{K: KFloat, B: "float64", Bits: 64}
	tFloat32 = &Type{K: KFloat, B: "float32", Bits: 32}
	tString  = &Type{K: KString, B: "string"}
	tBool    = &Type{K: KBool, B: "bool"}
	tAny     = &Type{K: KIface, IsAny: true}
)

func sliceOf(t *Type) *Type        { return &Type{K: KSlice, Elem: t} }
func arrayOf(n int, t *Type) *Type { return &Type{K: KArray, Elem: t, Len: n} }
func mapOf(k, v *Type) *Type       { return &Type{K: KMap, Key: k, Elem: v} }
func ptrTo(t *Type) *Type          { return &Type{K: KPtr, Elem: t} }

// S spells the type as the program writes it.
func (t *Type) S() string {
	if t.Name != "" {
		return t.Name
	}
	switch t.K {
	case KInt, KFloat, KString, KBool:
		if t.Alias != "" {
			return t.Alias
		}
		return t.B
	case KSlice:
		return "[]" + t.Elem.S()
	case KArray:
		return "[" + itoa(t.Len) + "]" + t.Elem.S()
	case KMap:
		return "map[" + t.Key.S() + "]" + t.Elem.S()
	case KPtr:
		return "*" + t.Elem.S()
	case KChan:
		return "chan " + t.Elem.S()
	case KIface:
		return "any"
	case KFunc:
		return "func" + sigString(t.Params, t.Results)
	}
	panic("spell")
}

// ID is the canonical spelling: identical types have equal IDs.
func (t *Type) ID() string {
	if t.Name != "" {
		return t.Name
	}
	switch t.K {
	case KInt, KFloat, KString, KBool:
		return t.B
	case KSlice:
		return "[]" + t.Elem.ID()
	case KArray:
		return "[" + itoa(t.Len) + "]" + t.Elem.ID()
	case KMap:
		return "map[" + t.Key.ID() + "]" + t.Elem.ID()
	case KPtr:
		return "*" + t.Elem.ID()
	case KChan:
		return "chan " + t.Elem.ID()
	case KIface:
		return "interface {}"
	case KFunc:
		var b strings.Builder
		b.WriteString("func(")
		for i, p := range t.Params {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(p.ID())
		}
		b.WriteString(")")
		for _, r := range t.Results {
			b.WriteString(" " + r.ID())
		}
		return b.String()
	}
	panic("id")
}

func same(a, b *Type) bool { return a.ID() == b.ID() }

func sigString(params, results []*Type) string {
	var b strings.Builder
	b.WriteString("(")
	for i, p := range params {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(p.S())
	}
	b.WriteString(")")
	if len(results) == 1 {
		b.WriteString(" " + results[0].S())
	} else if len(results) > 1 {
		b.WriteString(" (")
		for i, r := range results {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(r.S())
		}
		b.WriteString(")")
	}
	return b.String()
}

func (t *Type) basic() bool { return t.K == KInt || t.K == KFloat || t.K == KString || t.K == KBool }

func comparable(t *Type) bool {
	switch t.K {
	case KSlice, KMap, KFunc:
		return false
	case KArray:
		return comparable(t.Elem)
	case KStruct:
		for _, f := range t.Fields {
			if !comparable(f.T) {
				return false
			}
		}
	}
	return true
}

// ordered: usable with < and as a sorted map key.
func ordered(t *Type) bool { return t.K == KInt || t.K == KFloat || t.K == KString }

// printable: fmt prints the value the same way on every run (no
// addresses). top says the value is printed at depth 0.
func printable(t *Type, top bool) bool {
	if t.Stringer || t.Errorer {
		return true
	}
	switch t.K {
	case KInt, KFloat, KString, KBool:
		return true
	case KSlice, KArray:
		return printable(t.Elem, false)
	case KMap:
		return (t.Key.K == KInt || t.Key.K == KString || t.Key.K == KBool) && printable(t.Elem, false)
	case KPtr:
		if t.Elem.PtrStringer {
			return true
		}
		return top && t.Elem.K == KStruct && structPrintable(t.Elem)
	case KStruct:
		return structPrintable(t)
	case KIface:
		if t.IsError {
			return true
		}
		if t.IsAny {
			return true // we only store printable non-pointer values in any
		}
		for _, im := range t.Impls {
			if im.Ptr && !im.T.PtrStringer {
				if !top || !structPrintable(im.T) {
					return false
				}
			}
			if !im.Ptr && !printable(im.T, false) {
				return false
			}
		}
		return true
	}
	return false
}

func structPrintable(t *Type) bool {
	for _, f := range t.Fields {
		if !printable(f.T, false) {
			return false
		}
		// fmt cannot call String or Error on an unexported field; then it
		// prints the underlying value, which must itself be printable.
		if (f.T.Stringer || f.T.Errorer) && !exported(f.Name) && !underPrintable(f.T) {
			return false
		}
	}
	return true
}

func underPrintable(t *Type) bool {
	switch t.K {
	case KStruct:
		for _, f := range t.Fields {
			if !underPrintable(f.T) {
				return false
			}
		}
		return true
	case KInt, KFloat, KString, KBool:
		return true
	case KSlice, KArray:
		return underPrintable(t.Elem)
	}
	return false
}

func exported(name string) bool { return name != "" && name[0] >= 'A' && name[0] <= 'Z' }

func hasPointers(t *Type) bool {
	switch t.K {
	case KPtr, KFunc, KChan, KMap, KSlice:
		return true
	case KIface:
		return true
	case KArray:
		return hasPointers(t.Elem)
	case KStruct:
		for _, f := range t.Fields {
			if hasPointers(f.T) {
				return true
			}
		}
	}
	return false
}

func itoa(i int) string { return big.NewInt(int64(i)).String() }

// intRange gives the smallest and largest value of an integer type.
func intRange(t *Type) (*big.Int, *big.Int) {
	one := big.NewInt(1)
	if t.Signed {
		max := new(big.Int).Lsh(one, uint(t.Bits-1))
		min := new(big.Int).Neg(max)
		max.Sub(max, one)
		return min, max
	}
	max := new(big.Int).Lsh(one, uint(t.Bits))
	max.Sub(max, one)
	return big.NewInt(0), max
}

// methodSet: the methods a type has (value: only value receivers, and
// those promoted through value embeddings).
func methodByName(t *Type, name string, ptr bool) *Method {
	for _, m := range t.Methods {
		if m.Name == name {
			if ptr || !m.PtrRecv {
				return m
			}
			return nil // a pointer method hides promoted ones of that name
		}
	}
	if t.K == KStruct {
		for _, f := range t.Fields {
			if f.Embedded {
				if m := methodByName(f.T, name, ptr); m != nil {
					return m
				}
			}
		}
	}
	return nil
}

func implements(t *Type, iface *Type, ptr bool) bool {
	for _, im := range iface.IMethods {
		m := methodByName(t, im.Name, ptr)
		if m == nil || len(m.Params) != len(im.Params) || len(m.Results) != len(im.Results) {
			return false
		}
		for i := range m.Params {
			if !same(m.Params[i], im.Params[i]) {
				return false
			}
		}
		for i := range m.Results {
			if !same(m.Results[i], im.Results[i]) {
				return false
			}
		}
	}
	return true
}

// resultsString spells a result list as it follows a parameter list.
func resultsString(results []*Type) string {
	s := sigString(nil, results)
	return s[2:]
}
