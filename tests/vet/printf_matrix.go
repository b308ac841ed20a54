// printf: every verb against every kind of argument (basic, named,
// Stringer, error with a pointer receiver, structs with unexported and
// embedded fields, pointers, maps, slices, channels, funcs, nil, a
// linked list whose *L field is checked again), each finding as go vet
// 1.19 prints it and each silence where it is silent.
package main

import (
	"errors"
	"fmt"
	"time"
)

type Cel float64

func (c Cel) String() string { return "c" }

type ME struct{ msg string }

func (e *ME) Error() string { return e.msg }

type P struct {
	X, Y int
}

type S struct {
	Name string
	n    int
}

func (s S) String() string { return s.Name }

type Named int
type NB bool
type Emb struct {
	P
	T S
}

type L struct {
	next *L
	v    string
}

func main() {
	var i int
	var u8 uint8
	var r rune
	var f float64
	var s string
	var b bool
	var bs []byte
	var rs []rune
	var is []int
	var m map[string]int
	var mp map[P]S
	var ch chan int
	var fn func() int
	var p P
	var pp *P
	var st S
	var stp *S
	var e error = errors.New("x")
	var me ME
	var mep *ME
	var iface interface{}
	var np *int
	var arr [2]float64
	var pi *interface{}
	var named Named
	var nb NB
	var d time.Duration
	var mon time.Month
	var cel Cel
	var emb Emb
	var embp *Emb
	var sl2 [][]string
	var mps map[string]*P
	var errs []error
	var strs []fmt.Stringer
	var l L
	fmt.Printf("%b", i)
	fmt.Printf("%b", u8)
	fmt.Printf("%b", r)
	fmt.Printf("%b", f)
	fmt.Printf("%b", s)
	fmt.Printf("%b", b)
	fmt.Printf("%b", bs)
	fmt.Printf("%b", rs)
	fmt.Printf("%b", is)
	fmt.Printf("%b", m)
	fmt.Printf("%b", mp)
	fmt.Printf("%b", ch)
	fmt.Printf("%b", fn)
	fmt.Printf("%b", p)
	fmt.Printf("%b", pp)
	fmt.Printf("%b", st)
	fmt.Printf("%b", stp)
	fmt.Printf("%b", e)
	fmt.Printf("%b", me)
	fmt.Printf("%b", mep)
	fmt.Printf("%b", iface)
	fmt.Printf("%b", np)
	fmt.Printf("%b", arr)
	fmt.Printf("%b", pi)
	fmt.Printf("%b", i)
	fmt.Printf("%b", named)
	fmt.Printf("%b", nb)
	fmt.Printf("%b", d)
	fmt.Printf("%b", mon)
	fmt.Printf("%b", cel)
	fmt.Printf("%b", nil)
	fmt.Printf("%b", emb)
	fmt.Printf("%b", embp)
	fmt.Printf("%b", sl2)
	fmt.Printf("%b", mps)
	fmt.Printf("%b", errs)
	fmt.Printf("%b", strs)
	fmt.Printf("%c", i)
	fmt.Printf("%c", u8)
	fmt.Printf("%c", r)
	fmt.Printf("%c", f)
	fmt.Printf("%c", s)
	fmt.Printf("%c", b)
	fmt.Printf("%c", bs)
	fmt.Printf("%c", rs)
	fmt.Printf("%c", is)
	fmt.Printf("%c", m)
	fmt.Printf("%c", mp)
	fmt.Printf("%c", ch)
	fmt.Printf("%c", fn)
	fmt.Printf("%c", p)
	fmt.Printf("%c", pp)
	fmt.Printf("%c", st)
	fmt.Printf("%c", stp)
	fmt.Printf("%c", e)
	fmt.Printf("%c", me)
	fmt.Printf("%c", mep)
	fmt.Printf("%c", iface)
	fmt.Printf("%c", np)
	fmt.Printf("%c", arr)
	fmt.Printf("%c", pi)
	fmt.Printf("%c", i)
	fmt.Printf("%c", named)
	fmt.Printf("%c", nb)
	fmt.Printf("%c", d)
	fmt.Printf("%c", mon)
	fmt.Printf("%c", cel)
	fmt.Printf("%c", nil)
	fmt.Printf("%c", emb)
	fmt.Printf("%c", embp)
	fmt.Printf("%c", sl2)
	fmt.Printf("%c", mps)
	fmt.Printf("%c", errs)
	fmt.Printf("%c", strs)
	fmt.Printf("%d", i)
	fmt.Printf("%d", u8)
	fmt.Printf("%d", r)
	fmt.Printf("%d", f)
	fmt.Printf("%d", s)
	fmt.Printf("%d", b)
	fmt.Printf("%d", bs)
	fmt.Printf("%d", rs)
	fmt.Printf("%d", is)
	fmt.Printf("%d", m)
	fmt.Printf("%d", mp)
	fmt.Printf("%d", ch)
	fmt.Printf("%d", fn)
	fmt.Printf("%d", p)
	fmt.Printf("%d", pp)
	fmt.Printf("%d", st)
	fmt.Printf("%d", stp)
	fmt.Printf("%d", e)
	fmt.Printf("%d", me)
	fmt.Printf("%d", mep)
	fmt.Printf("%d", iface)
	fmt.Printf("%d", np)
	fmt.Printf("%d", arr)
	fmt.Printf("%d", pi)
	fmt.Printf("%d", i)
	fmt.Printf("%d", named)
	fmt.Printf("%d", nb)
	fmt.Printf("%d", d)
	fmt.Printf("%d", mon)
	fmt.Printf("%d", cel)
	fmt.Printf("%d", nil)
	fmt.Printf("%d", emb)
	fmt.Printf("%d", embp)
	fmt.Printf("%d", sl2)
	fmt.Printf("%d", mps)
	fmt.Printf("%d", errs)
	fmt.Printf("%d", strs)
	fmt.Printf("%e", i)
	fmt.Printf("%e", u8)
	fmt.Printf("%e", r)
	fmt.Printf("%e", f)
	fmt.Printf("%e", s)
	fmt.Printf("%e", b)
	fmt.Printf("%e", bs)
	fmt.Printf("%e", rs)
	fmt.Printf("%e", is)
	fmt.Printf("%e", m)
	fmt.Printf("%e", mp)
	fmt.Printf("%e", ch)
	fmt.Printf("%e", fn)
	fmt.Printf("%e", p)
	fmt.Printf("%e", pp)
	fmt.Printf("%e", st)
	fmt.Printf("%e", stp)
	fmt.Printf("%e", e)
	fmt.Printf("%e", me)
	fmt.Printf("%e", mep)
	fmt.Printf("%e", iface)
	fmt.Printf("%e", np)
	fmt.Printf("%e", arr)
	fmt.Printf("%e", pi)
	fmt.Printf("%e", i)
	fmt.Printf("%e", named)
	fmt.Printf("%e", nb)
	fmt.Printf("%e", d)
	fmt.Printf("%e", mon)
	fmt.Printf("%e", cel)
	fmt.Printf("%e", nil)
	fmt.Printf("%e", emb)
	fmt.Printf("%e", embp)
	fmt.Printf("%e", sl2)
	fmt.Printf("%e", mps)
	fmt.Printf("%e", errs)
	fmt.Printf("%e", strs)
	fmt.Printf("%f", i)
	fmt.Printf("%f", u8)
	fmt.Printf("%f", r)
	fmt.Printf("%f", f)
	fmt.Printf("%f", s)
	fmt.Printf("%f", b)
	fmt.Printf("%f", bs)
	fmt.Printf("%f", rs)
	fmt.Printf("%f", is)
	fmt.Printf("%f", m)
	fmt.Printf("%f", mp)
	fmt.Printf("%f", ch)
	fmt.Printf("%f", fn)
	fmt.Printf("%f", p)
	fmt.Printf("%f", pp)
	fmt.Printf("%f", st)
	fmt.Printf("%f", stp)
	fmt.Printf("%f", e)
	fmt.Printf("%f", me)
	fmt.Printf("%f", mep)
	fmt.Printf("%f", iface)
	fmt.Printf("%f", np)
	fmt.Printf("%f", arr)
	fmt.Printf("%f", pi)
	fmt.Printf("%f", i)
	fmt.Printf("%f", named)
	fmt.Printf("%f", nb)
	fmt.Printf("%f", d)
	fmt.Printf("%f", mon)
	fmt.Printf("%f", cel)
	fmt.Printf("%f", nil)
	fmt.Printf("%f", emb)
	fmt.Printf("%f", embp)
	fmt.Printf("%f", sl2)
	fmt.Printf("%f", mps)
	fmt.Printf("%f", errs)
	fmt.Printf("%f", strs)
	fmt.Printf("%g", i)
	fmt.Printf("%g", u8)
	fmt.Printf("%g", r)
	fmt.Printf("%g", f)
	fmt.Printf("%g", s)
	fmt.Printf("%g", b)
	fmt.Printf("%g", bs)
	fmt.Printf("%g", rs)
	fmt.Printf("%g", is)
	fmt.Printf("%g", m)
	fmt.Printf("%g", mp)
	fmt.Printf("%g", ch)
	fmt.Printf("%g", fn)
	fmt.Printf("%g", p)
	fmt.Printf("%g", pp)
	fmt.Printf("%g", st)
	fmt.Printf("%g", stp)
	fmt.Printf("%g", e)
	fmt.Printf("%g", me)
	fmt.Printf("%g", mep)
	fmt.Printf("%g", iface)
	fmt.Printf("%g", np)
	fmt.Printf("%g", arr)
	fmt.Printf("%g", pi)
	fmt.Printf("%g", i)
	fmt.Printf("%g", named)
	fmt.Printf("%g", nb)
	fmt.Printf("%g", d)
	fmt.Printf("%g", mon)
	fmt.Printf("%g", cel)
	fmt.Printf("%g", nil)
	fmt.Printf("%g", emb)
	fmt.Printf("%g", embp)
	fmt.Printf("%g", sl2)
	fmt.Printf("%g", mps)
	fmt.Printf("%g", errs)
	fmt.Printf("%g", strs)
	fmt.Printf("%o", i)
	fmt.Printf("%o", u8)
	fmt.Printf("%o", r)
	fmt.Printf("%o", f)
	fmt.Printf("%o", s)
	fmt.Printf("%o", b)
	fmt.Printf("%o", bs)
	fmt.Printf("%o", rs)
	fmt.Printf("%o", is)
	fmt.Printf("%o", m)
	fmt.Printf("%o", mp)
	fmt.Printf("%o", ch)
	fmt.Printf("%o", fn)
	fmt.Printf("%o", p)
	fmt.Printf("%o", pp)
	fmt.Printf("%o", st)
	fmt.Printf("%o", stp)
	fmt.Printf("%o", e)
	fmt.Printf("%o", me)
	fmt.Printf("%o", mep)
	fmt.Printf("%o", iface)
	fmt.Printf("%o", np)
	fmt.Printf("%o", arr)
	fmt.Printf("%o", pi)
	fmt.Printf("%o", i)
	fmt.Printf("%o", named)
	fmt.Printf("%o", nb)
	fmt.Printf("%o", d)
	fmt.Printf("%o", mon)
	fmt.Printf("%o", cel)
	fmt.Printf("%o", nil)
	fmt.Printf("%o", emb)
	fmt.Printf("%o", embp)
	fmt.Printf("%o", sl2)
	fmt.Printf("%o", mps)
	fmt.Printf("%o", errs)
	fmt.Printf("%o", strs)
	fmt.Printf("%p", i)
	fmt.Printf("%p", u8)
	fmt.Printf("%p", r)
	fmt.Printf("%p", f)
	fmt.Printf("%p", s)
	fmt.Printf("%p", b)
	fmt.Printf("%p", bs)
	fmt.Printf("%p", rs)
	fmt.Printf("%p", is)
	fmt.Printf("%p", m)
	fmt.Printf("%p", mp)
	fmt.Printf("%p", ch)
	fmt.Printf("%p", fn)
	fmt.Printf("%p", p)
	fmt.Printf("%p", pp)
	fmt.Printf("%p", st)
	fmt.Printf("%p", stp)
	fmt.Printf("%p", e)
	fmt.Printf("%p", me)
	fmt.Printf("%p", mep)
	fmt.Printf("%p", iface)
	fmt.Printf("%p", np)
	fmt.Printf("%p", arr)
	fmt.Printf("%p", pi)
	fmt.Printf("%p", i)
	fmt.Printf("%p", named)
	fmt.Printf("%p", nb)
	fmt.Printf("%p", d)
	fmt.Printf("%p", mon)
	fmt.Printf("%p", cel)
	fmt.Printf("%p", nil)
	fmt.Printf("%p", emb)
	fmt.Printf("%p", embp)
	fmt.Printf("%p", sl2)
	fmt.Printf("%p", mps)
	fmt.Printf("%p", errs)
	fmt.Printf("%p", strs)
	fmt.Printf("%q", i)
	fmt.Printf("%q", u8)
	fmt.Printf("%q", r)
	fmt.Printf("%q", f)
	fmt.Printf("%q", s)
	fmt.Printf("%q", b)
	fmt.Printf("%q", bs)
	fmt.Printf("%q", rs)
	fmt.Printf("%q", is)
	fmt.Printf("%q", m)
	fmt.Printf("%q", mp)
	fmt.Printf("%q", ch)
	fmt.Printf("%q", fn)
	fmt.Printf("%q", p)
	fmt.Printf("%q", pp)
	fmt.Printf("%q", st)
	fmt.Printf("%q", stp)
	fmt.Printf("%q", e)
	fmt.Printf("%q", me)
	fmt.Printf("%q", mep)
	fmt.Printf("%q", iface)
	fmt.Printf("%q", np)
	fmt.Printf("%q", arr)
	fmt.Printf("%q", pi)
	fmt.Printf("%q", i)
	fmt.Printf("%q", named)
	fmt.Printf("%q", nb)
	fmt.Printf("%q", d)
	fmt.Printf("%q", mon)
	fmt.Printf("%q", cel)
	fmt.Printf("%q", nil)
	fmt.Printf("%q", emb)
	fmt.Printf("%q", embp)
	fmt.Printf("%q", sl2)
	fmt.Printf("%q", mps)
	fmt.Printf("%q", errs)
	fmt.Printf("%q", strs)
	fmt.Printf("%s", i)
	fmt.Printf("%s", u8)
	fmt.Printf("%s", r)
	fmt.Printf("%s", f)
	fmt.Printf("%s", s)
	fmt.Printf("%s", b)
	fmt.Printf("%s", bs)
	fmt.Printf("%s", rs)
	fmt.Printf("%s", is)
	fmt.Printf("%s", m)
	fmt.Printf("%s", mp)
	fmt.Printf("%s", ch)
	fmt.Printf("%s", fn)
	fmt.Printf("%s", p)
	fmt.Printf("%s", pp)
	fmt.Printf("%s", st)
	fmt.Printf("%s", stp)
	fmt.Printf("%s", e)
	fmt.Printf("%s", me)
	fmt.Printf("%s", mep)
	fmt.Printf("%s", iface)
	fmt.Printf("%s", np)
	fmt.Printf("%s", arr)
	fmt.Printf("%s", pi)
	fmt.Printf("%s", i)
	fmt.Printf("%s", named)
	fmt.Printf("%s", nb)
	fmt.Printf("%s", d)
	fmt.Printf("%s", mon)
	fmt.Printf("%s", cel)
	fmt.Printf("%s", nil)
	fmt.Printf("%s", emb)
	fmt.Printf("%s", embp)
	fmt.Printf("%s", sl2)
	fmt.Printf("%s", mps)
	fmt.Printf("%s", errs)
	fmt.Printf("%s", strs)
	fmt.Printf("%t", i)
	fmt.Printf("%t", u8)
	fmt.Printf("%t", r)
	fmt.Printf("%t", f)
	fmt.Printf("%t", s)
	fmt.Printf("%t", b)
	fmt.Printf("%t", bs)
	fmt.Printf("%t", rs)
	fmt.Printf("%t", is)
	fmt.Printf("%t", m)
	fmt.Printf("%t", mp)
	fmt.Printf("%t", ch)
	fmt.Printf("%t", fn)
	fmt.Printf("%t", p)
	fmt.Printf("%t", pp)
	fmt.Printf("%t", st)
	fmt.Printf("%t", stp)
	fmt.Printf("%t", e)
	fmt.Printf("%t", me)
	fmt.Printf("%t", mep)
	fmt.Printf("%t", iface)
	fmt.Printf("%t", np)
	fmt.Printf("%t", arr)
	fmt.Printf("%t", pi)
	fmt.Printf("%t", i)
	fmt.Printf("%t", named)
	fmt.Printf("%t", nb)
	fmt.Printf("%t", d)
	fmt.Printf("%t", mon)
	fmt.Printf("%t", cel)
	fmt.Printf("%t", nil)
	fmt.Printf("%t", emb)
	fmt.Printf("%t", embp)
	fmt.Printf("%t", sl2)
	fmt.Printf("%t", mps)
	fmt.Printf("%t", errs)
	fmt.Printf("%t", strs)
	fmt.Printf("%T", i)
	fmt.Printf("%T", u8)
	fmt.Printf("%T", r)
	fmt.Printf("%T", f)
	fmt.Printf("%T", s)
	fmt.Printf("%T", b)
	fmt.Printf("%T", bs)
	fmt.Printf("%T", rs)
	fmt.Printf("%T", is)
	fmt.Printf("%T", m)
	fmt.Printf("%T", mp)
	fmt.Printf("%T", ch)
	fmt.Printf("%T", fn)
	fmt.Printf("%T", p)
	fmt.Printf("%T", pp)
	fmt.Printf("%T", st)
	fmt.Printf("%T", stp)
	fmt.Printf("%T", e)
	fmt.Printf("%T", me)
	fmt.Printf("%T", mep)
	fmt.Printf("%T", iface)
	fmt.Printf("%T", np)
	fmt.Printf("%T", arr)
	fmt.Printf("%T", pi)
	fmt.Printf("%T", i)
	fmt.Printf("%T", named)
	fmt.Printf("%T", nb)
	fmt.Printf("%T", d)
	fmt.Printf("%T", mon)
	fmt.Printf("%T", cel)
	fmt.Printf("%T", nil)
	fmt.Printf("%T", emb)
	fmt.Printf("%T", embp)
	fmt.Printf("%T", sl2)
	fmt.Printf("%T", mps)
	fmt.Printf("%T", errs)
	fmt.Printf("%T", strs)
	fmt.Printf("%U", i)
	fmt.Printf("%U", u8)
	fmt.Printf("%U", r)
	fmt.Printf("%U", f)
	fmt.Printf("%U", s)
	fmt.Printf("%U", b)
	fmt.Printf("%U", bs)
	fmt.Printf("%U", rs)
	fmt.Printf("%U", is)
	fmt.Printf("%U", m)
	fmt.Printf("%U", mp)
	fmt.Printf("%U", ch)
	fmt.Printf("%U", fn)
	fmt.Printf("%U", p)
	fmt.Printf("%U", pp)
	fmt.Printf("%U", st)
	fmt.Printf("%U", stp)
	fmt.Printf("%U", e)
	fmt.Printf("%U", me)
	fmt.Printf("%U", mep)
	fmt.Printf("%U", iface)
	fmt.Printf("%U", np)
	fmt.Printf("%U", arr)
	fmt.Printf("%U", pi)
	fmt.Printf("%U", i)
	fmt.Printf("%U", named)
	fmt.Printf("%U", nb)
	fmt.Printf("%U", d)
	fmt.Printf("%U", mon)
	fmt.Printf("%U", cel)
	fmt.Printf("%U", nil)
	fmt.Printf("%U", emb)
	fmt.Printf("%U", embp)
	fmt.Printf("%U", sl2)
	fmt.Printf("%U", mps)
	fmt.Printf("%U", errs)
	fmt.Printf("%U", strs)
	fmt.Printf("%v", i)
	fmt.Printf("%v", u8)
	fmt.Printf("%v", r)
	fmt.Printf("%v", f)
	fmt.Printf("%v", s)
	fmt.Printf("%v", b)
	fmt.Printf("%v", bs)
	fmt.Printf("%v", rs)
	fmt.Printf("%v", is)
	fmt.Printf("%v", m)
	fmt.Printf("%v", mp)
	fmt.Printf("%v", ch)
	fmt.Printf("%v", fn)
	fmt.Printf("%v", p)
	fmt.Printf("%v", pp)
	fmt.Printf("%v", st)
	fmt.Printf("%v", stp)
	fmt.Printf("%v", e)
	fmt.Printf("%v", me)
	fmt.Printf("%v", mep)
	fmt.Printf("%v", iface)
	fmt.Printf("%v", np)
	fmt.Printf("%v", arr)
	fmt.Printf("%v", pi)
	fmt.Printf("%v", i)
	fmt.Printf("%v", named)
	fmt.Printf("%v", nb)
	fmt.Printf("%v", d)
	fmt.Printf("%v", mon)
	fmt.Printf("%v", cel)
	fmt.Printf("%v", nil)
	fmt.Printf("%v", emb)
	fmt.Printf("%v", embp)
	fmt.Printf("%v", sl2)
	fmt.Printf("%v", mps)
	fmt.Printf("%v", errs)
	fmt.Printf("%v", strs)
	fmt.Printf("%x", i)
	fmt.Printf("%x", u8)
	fmt.Printf("%x", r)
	fmt.Printf("%x", f)
	fmt.Printf("%x", s)
	fmt.Printf("%x", b)
	fmt.Printf("%x", bs)
	fmt.Printf("%x", rs)
	fmt.Printf("%x", is)
	fmt.Printf("%x", m)
	fmt.Printf("%x", mp)
	fmt.Printf("%x", ch)
	fmt.Printf("%x", fn)
	fmt.Printf("%x", p)
	fmt.Printf("%x", pp)
	fmt.Printf("%x", st)
	fmt.Printf("%x", stp)
	fmt.Printf("%x", e)
	fmt.Printf("%x", me)
	fmt.Printf("%x", mep)
	fmt.Printf("%x", iface)
	fmt.Printf("%x", np)
	fmt.Printf("%x", arr)
	fmt.Printf("%x", pi)
	fmt.Printf("%x", i)
	fmt.Printf("%x", named)
	fmt.Printf("%x", nb)
	fmt.Printf("%x", d)
	fmt.Printf("%x", mon)
	fmt.Printf("%x", cel)
	fmt.Printf("%x", nil)
	fmt.Printf("%x", emb)
	fmt.Printf("%x", embp)
	fmt.Printf("%x", sl2)
	fmt.Printf("%x", mps)
	fmt.Printf("%x", errs)
	fmt.Printf("%x", strs)
	fmt.Printf("%X", i)
	fmt.Printf("%X", u8)
	fmt.Printf("%X", r)
	fmt.Printf("%X", f)
	fmt.Printf("%X", s)
	fmt.Printf("%X", b)
	fmt.Printf("%X", bs)
	fmt.Printf("%X", rs)
	fmt.Printf("%X", is)
	fmt.Printf("%X", m)
	fmt.Printf("%X", mp)
	fmt.Printf("%X", ch)
	fmt.Printf("%X", fn)
	fmt.Printf("%X", p)
	fmt.Printf("%X", pp)
	fmt.Printf("%X", st)
	fmt.Printf("%X", stp)
	fmt.Printf("%X", e)
	fmt.Printf("%X", me)
	fmt.Printf("%X", mep)
	fmt.Printf("%X", iface)
	fmt.Printf("%X", np)
	fmt.Printf("%X", arr)
	fmt.Printf("%X", pi)
	fmt.Printf("%X", i)
	fmt.Printf("%X", named)
	fmt.Printf("%X", nb)
	fmt.Printf("%X", d)
	fmt.Printf("%X", mon)
	fmt.Printf("%X", cel)
	fmt.Printf("%X", nil)
	fmt.Printf("%X", emb)
	fmt.Printf("%X", embp)
	fmt.Printf("%X", sl2)
	fmt.Printf("%X", mps)
	fmt.Printf("%X", errs)
	fmt.Printf("%X", strs)
	fmt.Printf("%d %s %v", &l, &l, l)
}

// Vet:
// printf_matrix.go:86:2: fmt.Printf format %b has arg s of wrong type string
// printf_matrix.go:87:2: fmt.Printf format %b has arg b of wrong type bool
// printf_matrix.go:91:2: fmt.Printf format %b has arg m of wrong type map[string]int
// printf_matrix.go:92:2: fmt.Printf format %b has arg mp of wrong type map[command-line-arguments.P]command-line-arguments.S
// printf_matrix.go:94:2: fmt.Printf format %b arg fn is a func value, not called
// printf_matrix.go:97:2: fmt.Printf format %b has arg st of wrong type command-line-arguments.S
// printf_matrix.go:98:2: fmt.Printf format %b has arg stp of wrong type *command-line-arguments.S
// printf_matrix.go:100:2: fmt.Printf format %b has arg me of wrong type command-line-arguments.ME
// printf_matrix.go:101:2: fmt.Printf format %b has arg mep of wrong type *command-line-arguments.ME
// printf_matrix.go:108:2: fmt.Printf format %b has arg nb of wrong type command-line-arguments.NB
// printf_matrix.go:112:2: fmt.Printf format %b has arg nil of wrong type untyped nil
// printf_matrix.go:113:2: fmt.Printf format %b has arg emb of wrong type command-line-arguments.Emb
// printf_matrix.go:114:2: fmt.Printf format %b has arg embp of wrong type *command-line-arguments.Emb
// printf_matrix.go:115:2: fmt.Printf format %b has arg sl2 of wrong type [][]string
// printf_matrix.go:116:2: fmt.Printf format %b has arg mps of wrong type map[string]*command-line-arguments.P
// printf_matrix.go:122:2: fmt.Printf format %c has arg f of wrong type float64
// printf_matrix.go:123:2: fmt.Printf format %c has arg s of wrong type string
// printf_matrix.go:124:2: fmt.Printf format %c has arg b of wrong type bool
// printf_matrix.go:128:2: fmt.Printf format %c has arg m of wrong type map[string]int
// printf_matrix.go:129:2: fmt.Printf format %c has arg mp of wrong type map[command-line-arguments.P]command-line-arguments.S
// printf_matrix.go:130:2: fmt.Printf format %c has arg ch of wrong type chan int
// printf_matrix.go:131:2: fmt.Printf format %c arg fn is a func value, not called
// printf_matrix.go:134:2: fmt.Printf format %c has arg st of wrong type command-line-arguments.S
// printf_matrix.go:135:2: fmt.Printf format %c has arg stp of wrong type *command-line-arguments.S
// printf_matrix.go:137:2: fmt.Printf format %c has arg me of wrong type command-line-arguments.ME
// printf_matrix.go:138:2: fmt.Printf format %c has arg mep of wrong type *command-line-arguments.ME
// printf_matrix.go:140:2: fmt.Printf format %c has arg np of wrong type *int
// printf_matrix.go:141:2: fmt.Printf format %c has arg arr of wrong type [2]float64
// printf_matrix.go:142:2: fmt.Printf format %c has arg pi of wrong type *interface{}
// printf_matrix.go:145:2: fmt.Printf format %c has arg nb of wrong type command-line-arguments.NB
// printf_matrix.go:148:2: fmt.Printf format %c has arg cel of wrong type command-line-arguments.Cel
// printf_matrix.go:149:2: fmt.Printf format %c has arg nil of wrong type untyped nil
// printf_matrix.go:150:2: fmt.Printf format %c has arg emb of wrong type command-line-arguments.Emb
// printf_matrix.go:151:2: fmt.Printf format %c has arg embp of wrong type *command-line-arguments.Emb
// printf_matrix.go:152:2: fmt.Printf format %c has arg sl2 of wrong type [][]string
// printf_matrix.go:153:2: fmt.Printf format %c has arg mps of wrong type map[string]*command-line-arguments.P
// printf_matrix.go:159:2: fmt.Printf format %d has arg f of wrong type float64
// printf_matrix.go:160:2: fmt.Printf format %d has arg s of wrong type string
// printf_matrix.go:161:2: fmt.Printf format %d has arg b of wrong type bool
// printf_matrix.go:165:2: fmt.Printf format %d has arg m of wrong type map[string]int
// printf_matrix.go:166:2: fmt.Printf format %d has arg mp of wrong type map[command-line-arguments.P]command-line-arguments.S
// printf_matrix.go:168:2: fmt.Printf format %d arg fn is a func value, not called
// printf_matrix.go:171:2: fmt.Printf format %d has arg st of wrong type command-line-arguments.S
// printf_matrix.go:172:2: fmt.Printf format %d has arg stp of wrong type *command-line-arguments.S
// printf_matrix.go:174:2: fmt.Printf format %d has arg me of wrong type command-line-arguments.ME
// printf_matrix.go:175:2: fmt.Printf format %d has arg mep of wrong type *command-line-arguments.ME
// printf_matrix.go:178:2: fmt.Printf format %d has arg arr of wrong type [2]float64
// printf_matrix.go:182:2: fmt.Printf format %d has arg nb of wrong type command-line-arguments.NB
// printf_matrix.go:185:2: fmt.Printf format %d has arg cel of wrong type command-line-arguments.Cel
// printf_matrix.go:186:2: fmt.Printf format %d has arg nil of wrong type untyped nil
// printf_matrix.go:187:2: fmt.Printf format %d has arg emb of wrong type command-line-arguments.Emb
// printf_matrix.go:188:2: fmt.Printf format %d has arg embp of wrong type *command-line-arguments.Emb
// printf_matrix.go:189:2: fmt.Printf format %d has arg sl2 of wrong type [][]string
// printf_matrix.go:190:2: fmt.Printf format %d has arg mps of wrong type map[string]*command-line-arguments.P
// printf_matrix.go:193:2: fmt.Printf format %e has arg i of wrong type int
// printf_matrix.go:194:2: fmt.Printf format %e has arg u8 of wrong type uint8
// printf_matrix.go:195:2: fmt.Printf format %e has arg r of wrong type rune
// printf_matrix.go:197:2: fmt.Printf format %e has arg s of wrong type string
// printf_matrix.go:198:2: fmt.Printf format %e has arg b of wrong type bool
// printf_matrix.go:199:2: fmt.Printf format %e has arg bs of wrong type []byte
// printf_matrix.go:200:2: fmt.Printf format %e has arg rs of wrong type []rune
// printf_matrix.go:201:2: fmt.Printf format %e has arg is of wrong type []int
// printf_matrix.go:202:2: fmt.Printf format %e has arg m of wrong type map[string]int
// printf_matrix.go:203:2: fmt.Printf format %e has arg mp of wrong type map[command-line-arguments.P]command-line-arguments.S
// printf_matrix.go:204:2: fmt.Printf format %e has arg ch of wrong type chan int
// printf_matrix.go:205:2: fmt.Printf format %e arg fn is a func value, not called
// printf_matrix.go:206:2: fmt.Printf format %e has arg p of wrong type command-line-arguments.P
// printf_matrix.go:207:2: fmt.Printf format %e has arg pp of wrong type *command-line-arguments.P
// printf_matrix.go:208:2: fmt.Printf format %e has arg st of wrong type command-line-arguments.S
// printf_matrix.go:209:2: fmt.Printf format %e has arg stp of wrong type *command-line-arguments.S
// printf_matrix.go:211:2: fmt.Printf format %e has arg me of wrong type command-line-arguments.ME
// printf_matrix.go:212:2: fmt.Printf format %e has arg mep of wrong type *command-line-arguments.ME
// printf_matrix.go:214:2: fmt.Printf format %e has arg np of wrong type *int
// printf_matrix.go:216:2: fmt.Printf format %e has arg pi of wrong type *interface{}
// printf_matrix.go:217:2: fmt.Printf format %e has arg i of wrong type int
// printf_matrix.go:218:2: fmt.Printf format %e has arg named of wrong type command-line-arguments.Named
// printf_matrix.go:219:2: fmt.Printf format %e has arg nb of wrong type command-line-arguments.NB
// printf_matrix.go:220:2: fmt.Printf format %e has arg d of wrong type time.Duration
// printf_matrix.go:221:2: fmt.Printf format %e has arg mon of wrong type time.Month
// printf_matrix.go:223:2: fmt.Printf format %e has arg nil of wrong type untyped nil
// printf_matrix.go:224:2: fmt.Printf format %e has arg emb of wrong type command-line-arguments.Emb
// printf_matrix.go:225:2: fmt.Printf format %e has arg embp of wrong type *command-line-arguments.Emb
// printf_matrix.go:226:2: fmt.Printf format %e has arg sl2 of wrong type [][]string
// printf_matrix.go:227:2: fmt.Printf format %e has arg mps of wrong type map[string]*command-line-arguments.P
// printf_matrix.go:230:2: fmt.Printf format %f has arg i of wrong type int
// printf_matrix.go:231:2: fmt.Printf format %f has arg u8 of wrong type uint8
// printf_matrix.go:232:2: fmt.Printf format %f has arg r of wrong type rune
// printf_matrix.go:234:2: fmt.Printf format %f has arg s of wrong type string
// printf_matrix.go:235:2: fmt.Printf format %f has arg b of wrong type bool
// printf_matrix.go:236:2: fmt.Printf format %f has arg bs of wrong type []byte
// printf_matrix.go:237:2: fmt.Printf format %f has arg rs of wrong type []rune
// printf_matrix.go:238:2: fmt.Printf format %f has arg is of wrong type []int
// printf_matrix.go:239:2: fmt.Printf format %f has arg m of wrong type map[string]int
// printf_matrix.go:240:2: fmt.Printf format %f has arg mp of wrong type map[command-line-arguments.P]command-line-arguments.S
// printf_matrix.go:241:2: fmt.Printf format %f has arg ch of wrong type chan int
// printf_matrix.go:242:2: fmt.Printf format %f arg fn is a func value, not called
// printf_matrix.go:243:2: fmt.Printf format %f has arg p of wrong type command-line-arguments.P
// printf_matrix.go:244:2: fmt.Printf format %f has arg pp of wrong type *command-line-arguments.P
// printf_matrix.go:245:2: fmt.Printf format %f has arg st of wrong type command-line-arguments.S
// printf_matrix.go:246:2: fmt.Printf format %f has arg stp of wrong type *command-line-arguments.S
// printf_matrix.go:248:2: fmt.Printf format %f has arg me of wrong type command-line-arguments.ME
// printf_matrix.go:249:2: fmt.Printf format %f has arg mep of wrong type *command-line-arguments.ME
// printf_matrix.go:251:2: fmt.Printf format %f has arg np of wrong type *int
// printf_matrix.go:253:2: fmt.Printf format %f has arg pi of wrong type *interface{}
// printf_matrix.go:254:2: fmt.Printf format %f has arg i of wrong type int
// printf_matrix.go:255:2: fmt.Printf format %f has arg named of wrong type command-line-arguments.Named
// printf_matrix.go:256:2: fmt.Printf format %f has arg nb of wrong type command-line-arguments.NB
// printf_matrix.go:257:2: fmt.Printf format %f has arg d of wrong type time.Duration
// printf_matrix.go:258:2: fmt.Printf format %f has arg mon of wrong type time.Month
// printf_matrix.go:260:2: fmt.Printf format %f has arg nil of wrong type untyped nil
// printf_matrix.go:261:2: fmt.Printf format %f has arg emb of wrong type command-line-arguments.Emb
// printf_matrix.go:262:2: fmt.Printf format %f has arg embp of wrong type *command-line-arguments.Emb
// printf_matrix.go:263:2: fmt.Printf format %f has arg sl2 of wrong type [][]string
// printf_matrix.go:264:2: fmt.Printf format %f has arg mps of wrong type map[string]*command-line-arguments.P
// printf_matrix.go:267:2: fmt.Printf format %g has arg i of wrong type int
// printf_matrix.go:268:2: fmt.Printf format %g has arg u8 of wrong type uint8
// printf_matrix.go:269:2: fmt.Printf format %g has arg r of wrong type rune
// printf_matrix.go:271:2: fmt.Printf format %g has arg s of wrong type string
// printf_matrix.go:272:2: fmt.Printf format %g has arg b of wrong type bool
// printf_matrix.go:273:2: fmt.Printf format %g has arg bs of wrong type []byte
// printf_matrix.go:274:2: fmt.Printf format %g has arg rs of wrong type []rune
// printf_matrix.go:275:2: fmt.Printf format %g has arg is of wrong type []int
// printf_matrix.go:276:2: fmt.Printf format %g has arg m of wrong type map[string]int
// printf_matrix.go:277:2: fmt.Printf format %g has arg mp of wrong type map[command-line-arguments.P]command-line-arguments.S
// printf_matrix.go:278:2: fmt.Printf format %g has arg ch of wrong type chan int
// printf_matrix.go:279:2: fmt.Printf format %g arg fn is a func value, not called
// printf_matrix.go:280:2: fmt.Printf format %g has arg p of wrong type command-line-arguments.P
// printf_matrix.go:281:2: fmt.Printf format %g has arg pp of wrong type *command-line-arguments.P
// printf_matrix.go:282:2: fmt.Printf format %g has arg st of wrong type command-line-arguments.S
// printf_matrix.go:283:2: fmt.Printf format %g has arg stp of wrong type *command-line-arguments.S
// printf_matrix.go:285:2: fmt.Printf format %g has arg me of wrong type command-line-arguments.ME
// printf_matrix.go:286:2: fmt.Printf format %g has arg mep of wrong type *command-line-arguments.ME
// printf_matrix.go:288:2: fmt.Printf format %g has arg np of wrong type *int
// printf_matrix.go:290:2: fmt.Printf format %g has arg pi of wrong type *interface{}
// printf_matrix.go:291:2: fmt.Printf format %g has arg i of wrong type int
// printf_matrix.go:292:2: fmt.Printf format %g has arg named of wrong type command-line-arguments.Named
// printf_matrix.go:293:2: fmt.Printf format %g has arg nb of wrong type command-line-arguments.NB
// printf_matrix.go:294:2: fmt.Printf format %g has arg d of wrong type time.Duration
// printf_matrix.go:295:2: fmt.Printf format %g has arg mon of wrong type time.Month
// printf_matrix.go:297:2: fmt.Printf format %g has arg nil of wrong type untyped nil
// printf_matrix.go:298:2: fmt.Printf format %g has arg emb of wrong type command-line-arguments.Emb
// printf_matrix.go:299:2: fmt.Printf format %g has arg embp of wrong type *command-line-arguments.Emb
// printf_matrix.go:300:2: fmt.Printf format %g has arg sl2 of wrong type [][]string
// printf_matrix.go:301:2: fmt.Printf format %g has arg mps of wrong type map[string]*command-line-arguments.P
// printf_matrix.go:307:2: fmt.Printf format %o has arg f of wrong type float64
// printf_matrix.go:308:2: fmt.Printf format %o has arg s of wrong type string
// printf_matrix.go:309:2: fmt.Printf format %o has arg b of wrong type bool
// printf_matrix.go:313:2: fmt.Printf format %o has arg m of wrong type map[string]int
// printf_matrix.go:314:2: fmt.Printf format %o has arg mp of wrong type map[command-line-arguments.P]command-line-arguments.S
// printf_matrix.go:316:2: fmt.Printf format %o arg fn is a func value, not called
// printf_matrix.go:319:2: fmt.Printf format %o has arg st of wrong type command-line-arguments.S
// printf_matrix.go:320:2: fmt.Printf format %o has arg stp of wrong type *command-line-arguments.S
// printf_matrix.go:322:2: fmt.Printf format %o has arg me of wrong type command-line-arguments.ME
// printf_matrix.go:323:2: fmt.Printf format %o has arg mep of wrong type *command-line-arguments.ME
// printf_matrix.go:326:2: fmt.Printf format %o has arg arr of wrong type [2]float64
// printf_matrix.go:330:2: fmt.Printf format %o has arg nb of wrong type command-line-arguments.NB
// printf_matrix.go:333:2: fmt.Printf format %o has arg cel of wrong type command-line-arguments.Cel
// printf_matrix.go:334:2: fmt.Printf format %o has arg nil of wrong type untyped nil
// printf_matrix.go:335:2: fmt.Printf format %o has arg emb of wrong type command-line-arguments.Emb
// printf_matrix.go:336:2: fmt.Printf format %o has arg embp of wrong type *command-line-arguments.Emb
// printf_matrix.go:337:2: fmt.Printf format %o has arg sl2 of wrong type [][]string
// printf_matrix.go:338:2: fmt.Printf format %o has arg mps of wrong type map[string]*command-line-arguments.P
// printf_matrix.go:341:2: fmt.Printf format %p has arg i of wrong type int
// printf_matrix.go:342:2: fmt.Printf format %p has arg u8 of wrong type uint8
// printf_matrix.go:343:2: fmt.Printf format %p has arg r of wrong type rune
// printf_matrix.go:344:2: fmt.Printf format %p has arg f of wrong type float64
// printf_matrix.go:345:2: fmt.Printf format %p has arg s of wrong type string
// printf_matrix.go:346:2: fmt.Printf format %p has arg b of wrong type bool
// printf_matrix.go:354:2: fmt.Printf format %p has arg p of wrong type command-line-arguments.P
// printf_matrix.go:356:2: fmt.Printf format %p has arg st of wrong type command-line-arguments.S
// printf_matrix.go:359:2: fmt.Printf format %p has arg me of wrong type command-line-arguments.ME
// printf_matrix.go:363:2: fmt.Printf format %p has arg arr of wrong type [2]float64
// printf_matrix.go:365:2: fmt.Printf format %p has arg i of wrong type int
// printf_matrix.go:366:2: fmt.Printf format %p has arg named of wrong type command-line-arguments.Named
// printf_matrix.go:367:2: fmt.Printf format %p has arg nb of wrong type command-line-arguments.NB
// printf_matrix.go:368:2: fmt.Printf format %p has arg d of wrong type time.Duration
// printf_matrix.go:369:2: fmt.Printf format %p has arg mon of wrong type time.Month
// printf_matrix.go:370:2: fmt.Printf format %p has arg cel of wrong type command-line-arguments.Cel
// printf_matrix.go:371:2: fmt.Printf format %p has arg nil of wrong type untyped nil
// printf_matrix.go:372:2: fmt.Printf format %p has arg emb of wrong type command-line-arguments.Emb
// printf_matrix.go:381:2: fmt.Printf format %q has arg f of wrong type float64
// printf_matrix.go:383:2: fmt.Printf format %q has arg b of wrong type bool
// printf_matrix.go:389:2: fmt.Printf format %q has arg ch of wrong type chan int
// printf_matrix.go:390:2: fmt.Printf format %q arg fn is a func value, not called
// printf_matrix.go:399:2: fmt.Printf format %q has arg np of wrong type *int
// printf_matrix.go:400:2: fmt.Printf format %q has arg arr of wrong type [2]float64
// printf_matrix.go:401:2: fmt.Printf format %q has arg pi of wrong type *interface{}
// printf_matrix.go:404:2: fmt.Printf format %q has arg nb of wrong type command-line-arguments.NB
// printf_matrix.go:408:2: fmt.Printf format %q has arg nil of wrong type untyped nil
// printf_matrix.go:412:2: fmt.Printf format %q has arg mps of wrong type map[string]*command-line-arguments.P
// printf_matrix.go:415:2: fmt.Printf format %s has arg i of wrong type int
// printf_matrix.go:416:2: fmt.Printf format %s has arg u8 of wrong type uint8
// printf_matrix.go:417:2: fmt.Printf format %s has arg r of wrong type rune
// printf_matrix.go:418:2: fmt.Printf format %s has arg f of wrong type float64
// printf_matrix.go:420:2: fmt.Printf format %s has arg b of wrong type bool
// printf_matrix.go:422:2: fmt.Printf format %s has arg rs of wrong type []rune
// printf_matrix.go:423:2: fmt.Printf format %s has arg is of wrong type []int
// printf_matrix.go:424:2: fmt.Printf format %s has arg m of wrong type map[string]int
// printf_matrix.go:425:2: fmt.Printf format %s has arg mp of wrong type map[command-line-arguments.P]command-line-arguments.S
// printf_matrix.go:426:2: fmt.Printf format %s has arg ch of wrong type chan int
// printf_matrix.go:427:2: fmt.Printf format %s arg fn is a func value, not called
// printf_matrix.go:428:2: fmt.Printf format %s has arg p of wrong type command-line-arguments.P
// printf_matrix.go:429:2: fmt.Printf format %s has arg pp of wrong type *command-line-arguments.P
// printf_matrix.go:436:2: fmt.Printf format %s has arg np of wrong type *int
// printf_matrix.go:437:2: fmt.Printf format %s has arg arr of wrong type [2]float64
// printf_matrix.go:438:2: fmt.Printf format %s has arg pi of wrong type *interface{}
// printf_matrix.go:439:2: fmt.Printf format %s has arg i of wrong type int
// printf_matrix.go:440:2: fmt.Printf format %s has arg named of wrong type command-line-arguments.Named
// printf_matrix.go:441:2: fmt.Printf format %s has arg nb of wrong type command-line-arguments.NB
// printf_matrix.go:445:2: fmt.Printf format %s has arg nil of wrong type untyped nil
// printf_matrix.go:446:2: fmt.Printf format %s has arg emb of wrong type command-line-arguments.Emb
// printf_matrix.go:447:2: fmt.Printf format %s has arg embp of wrong type *command-line-arguments.Emb
// printf_matrix.go:449:2: fmt.Printf format %s has arg mps of wrong type map[string]*command-line-arguments.P
// printf_matrix.go:452:2: fmt.Printf format %t has arg i of wrong type int
// printf_matrix.go:453:2: fmt.Printf format %t has arg u8 of wrong type uint8
// printf_matrix.go:454:2: fmt.Printf format %t has arg r of wrong type rune
// printf_matrix.go:455:2: fmt.Printf format %t has arg f of wrong type float64
// printf_matrix.go:456:2: fmt.Printf format %t has arg s of wrong type string
// printf_matrix.go:458:2: fmt.Printf format %t has arg bs of wrong type []byte
// printf_matrix.go:459:2: fmt.Printf format %t has arg rs of wrong type []rune
// printf_matrix.go:460:2: fmt.Printf format %t has arg is of wrong type []int
// printf_matrix.go:461:2: fmt.Printf format %t has arg m of wrong type map[string]int
// printf_matrix.go:462:2: fmt.Printf format %t has arg mp of wrong type map[command-line-arguments.P]command-line-arguments.S
// printf_matrix.go:463:2: fmt.Printf format %t has arg ch of wrong type chan int
// printf_matrix.go:464:2: fmt.Printf format %t arg fn is a func value, not called
// printf_matrix.go:465:2: fmt.Printf format %t has arg p of wrong type command-line-arguments.P
// printf_matrix.go:466:2: fmt.Printf format %t has arg pp of wrong type *command-line-arguments.P
// printf_matrix.go:467:2: fmt.Printf format %t has arg st of wrong type command-line-arguments.S
// printf_matrix.go:468:2: fmt.Printf format %t has arg stp of wrong type *command-line-arguments.S
// printf_matrix.go:470:2: fmt.Printf format %t has arg me of wrong type command-line-arguments.ME
// printf_matrix.go:471:2: fmt.Printf format %t has arg mep of wrong type *command-line-arguments.ME
// printf_matrix.go:473:2: fmt.Printf format %t has arg np of wrong type *int
// printf_matrix.go:474:2: fmt.Printf format %t has arg arr of wrong type [2]float64
// printf_matrix.go:475:2: fmt.Printf format %t has arg pi of wrong type *interface{}
// printf_matrix.go:476:2: fmt.Printf format %t has arg i of wrong type int
// printf_matrix.go:477:2: fmt.Printf format %t has arg named of wrong type command-line-arguments.Named
// printf_matrix.go:479:2: fmt.Printf format %t has arg d of wrong type time.Duration
// printf_matrix.go:480:2: fmt.Printf format %t has arg mon of wrong type time.Month
// printf_matrix.go:481:2: fmt.Printf format %t has arg cel of wrong type command-line-arguments.Cel
// printf_matrix.go:482:2: fmt.Printf format %t has arg nil of wrong type untyped nil
// printf_matrix.go:483:2: fmt.Printf format %t has arg emb of wrong type command-line-arguments.Emb
// printf_matrix.go:484:2: fmt.Printf format %t has arg embp of wrong type *command-line-arguments.Emb
// printf_matrix.go:485:2: fmt.Printf format %t has arg sl2 of wrong type [][]string
// printf_matrix.go:486:2: fmt.Printf format %t has arg mps of wrong type map[string]*command-line-arguments.P
// printf_matrix.go:529:2: fmt.Printf format %U has arg f of wrong type float64
// printf_matrix.go:530:2: fmt.Printf format %U has arg s of wrong type string
// printf_matrix.go:531:2: fmt.Printf format %U has arg b of wrong type bool
// printf_matrix.go:535:2: fmt.Printf format %U has arg m of wrong type map[string]int
// printf_matrix.go:536:2: fmt.Printf format %U has arg mp of wrong type map[command-line-arguments.P]command-line-arguments.S
// printf_matrix.go:537:2: fmt.Printf format %U has arg ch of wrong type chan int
// printf_matrix.go:538:2: fmt.Printf format %U arg fn is a func value, not called
// printf_matrix.go:541:2: fmt.Printf format %U has arg st of wrong type command-line-arguments.S
// printf_matrix.go:542:2: fmt.Printf format %U has arg stp of wrong type *command-line-arguments.S
// printf_matrix.go:544:2: fmt.Printf format %U has arg me of wrong type command-line-arguments.ME
// printf_matrix.go:545:2: fmt.Printf format %U has arg mep of wrong type *command-line-arguments.ME
// printf_matrix.go:547:2: fmt.Printf format %U has arg np of wrong type *int
// printf_matrix.go:548:2: fmt.Printf format %U has arg arr of wrong type [2]float64
// printf_matrix.go:549:2: fmt.Printf format %U has arg pi of wrong type *interface{}
// printf_matrix.go:552:2: fmt.Printf format %U has arg nb of wrong type command-line-arguments.NB
// printf_matrix.go:555:2: fmt.Printf format %U has arg cel of wrong type command-line-arguments.Cel
// printf_matrix.go:556:2: fmt.Printf format %U has arg nil of wrong type untyped nil
// printf_matrix.go:557:2: fmt.Printf format %U has arg emb of wrong type command-line-arguments.Emb
// printf_matrix.go:558:2: fmt.Printf format %U has arg embp of wrong type *command-line-arguments.Emb
// printf_matrix.go:559:2: fmt.Printf format %U has arg sl2 of wrong type [][]string
// printf_matrix.go:560:2: fmt.Printf format %U has arg mps of wrong type map[string]*command-line-arguments.P
// printf_matrix.go:575:2: fmt.Printf format %v arg fn is a func value, not called
// printf_matrix.go:605:2: fmt.Printf format %x has arg b of wrong type bool
// printf_matrix.go:612:2: fmt.Printf format %x arg fn is a func value, not called
// printf_matrix.go:626:2: fmt.Printf format %x has arg nb of wrong type command-line-arguments.NB
// printf_matrix.go:630:2: fmt.Printf format %x has arg nil of wrong type untyped nil
// printf_matrix.go:634:2: fmt.Printf format %x has arg mps of wrong type map[string]*command-line-arguments.P
// printf_matrix.go:642:2: fmt.Printf format %X has arg b of wrong type bool
// printf_matrix.go:649:2: fmt.Printf format %X arg fn is a func value, not called
// printf_matrix.go:663:2: fmt.Printf format %X has arg nb of wrong type command-line-arguments.NB
// printf_matrix.go:667:2: fmt.Printf format %X has arg nil of wrong type untyped nil
// printf_matrix.go:671:2: fmt.Printf format %X has arg mps of wrong type map[string]*command-line-arguments.P
// printf_matrix.go:674:2: fmt.Printf format %d has arg &l of wrong type *command-line-arguments.L
