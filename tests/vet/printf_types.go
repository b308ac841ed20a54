// printf: verbs against named types, Stringers and errors (value and
// pointer receivers), a Formatter, structs (unexported fields), pointers
// to structs (a field's *Node is checked again), slices, maps, channels,
// funcs, nil, constants; flags, widths, [n] indexes and * arguments;
// Print and Println given formats or a redundant newline; Errorf's %w.
// Every line go vet 1.19 reports, gosh vet reports in its words.
package main

import (
	"errors"
	"fmt"
	"os"
	"time"
)

type Celsius float64
type ID int
type Name string
type Point struct{ X, Y int }
type priv struct{ a, b int }

func (p *Point) String() string { return "pt" }

type Temp struct{ v float64 }

func (t Temp) String() string { return "t" }

type MyErr struct{}

func (e MyErr) Error() string { return "e" }

type Inner struct{ s fmt.Stringer }
type Wrap struct {
	Point
	n int
}
type hidden struct{ err error }
type Fmter struct{}

func (Fmter) Format(f fmt.State, c rune) {}

type Node struct {
	next *Node
	v    int
}

func get() (int, error) { return 1, nil }

func main() {
	var c Celsius = 1
	var id ID = 2
	var nm Name = "n"
	p := Point{1, 2}
	pp := &p
	t := Temp{1}
	var e error = MyErr{}
	var me MyErr
	var st fmt.Stringer = t
	var iface interface{} = 3
	var d time.Duration = 5
	var u8 uint8 = 3
	var bs []byte
	var rs []rune
	var fs []float64
	var ch chan int
	var m map[string]bool
	var arr [3]int
	var f32 float32
	var ptrInt *int
	var n Node
	var fm Fmter
	var pr priv
	var h hidden
	var w Wrap
	var fn func()
	fmt.Printf("%d %s %f %x\n", c, c, c, c)
	fmt.Printf("%d %s %q %v\n", id, id, id, id)
	fmt.Printf("%s %d %x\n", nm, nm, nm)
	fmt.Printf("%s %d %v\n", p, p, p)
	fmt.Printf("%s %d %v\n", pp, pp, pp)
	fmt.Printf("%s %d %f\n", t, t, t)
	fmt.Printf("%s %d %v %x\n", e, e, e, e)
	fmt.Printf("%s %d\n", me, me)
	fmt.Printf("%s %d\n", st, st)
	fmt.Printf("%s %d %t\n", iface, iface, iface)
	fmt.Printf("%s %d %v %f\n", d, d, d, d)
	fmt.Printf("%c %s %q %d\n", u8, u8, u8, u8)
	fmt.Printf("%s %x %d %q\n", bs, bs, bs, bs)
	fmt.Printf("%s %c %q %d\n", rs, rs, rs, rs)
	fmt.Printf("%f %d %s\n", fs, fs, fs)
	fmt.Printf("%p %d %s %v\n", ch, ch, ch, ch)
	fmt.Printf("%p %d %s %v %t\n", m, m, m, m, m)
	fmt.Printf("%d %s %v\n", arr, arr, arr)
	fmt.Printf("%d %f %g %e\n", f32, f32, f32, f32)
	fmt.Printf("%p %d %s %x\n", ptrInt, ptrInt, ptrInt, ptrInt)
	fmt.Printf("%d %s %v\n", n, n, n)
	fmt.Printf("%d %s %v\n", &n, &n, &n)
	fmt.Printf("%d %s\n", fm, fm)
	fmt.Printf("%s %d\n", pr, pr)
	fmt.Printf("%s %d\n", h, h)
	fmt.Printf("%s %d\n", w, w)
	fmt.Printf("%s %d\n", &w, &w)
	fmt.Printf("%p %T %v\n", fn, fn, fn)
	fmt.Printf("%s\n", errors.New("x"))
	fmt.Printf("%v\n", get)
	fmt.Printf("%s\n", os.Args)
	fmt.Printf("%d\n", len(os.Args))
	fmt.Printf("%x %X\n", "s", 1.5)
	fmt.Printf("%08b %o %O\n", 5, 5, 5)
	fmt.Printf("%U %#U\n", 'x', 0x1F600)
	fmt.Printf("%+q %#q\n", "a", "b")
	fmt.Printf("% x\n", "abc")
	fmt.Printf("%#v %#d\n", p, 3)
	fmt.Printf("%-8s|%8.3s|\n", "a", "b")
	fmt.Printf("%#p\n", pp)
	fmt.Printf("%+s\n", "x")
	fmt.Printf("%#t\n", true)
	fmt.Printf("%.3d\n", 7)
	fmt.Printf("%[1]*[2]d\n", 3, 4)
	fmt.Printf("%[2]*[1]d\n", 3, 4)
	fmt.Printf("%[0]d\n", 3)
	fmt.Printf("%[x]d\n", 3)
	fmt.Printf("%[1d\n", 3)
	fmt.Printf("%.[2]*[1]f\n", 1.0, 2)
	fmt.Printf("%d %d %[1]d\n", 1, 2, 3)
	fmt.Printf("%v", 1, 2)
	fmt.Printf("%*s\n", 1.5, "x")
	fmt.Printf("%d\n", nil)
	fmt.Printf("%v\n", nil)
	fmt.Printf("%s\n", true)
	fmt.Printf("%t\n", "x")
	fmt.Printf("%q\n", 1.5)
	fmt.Printf("%c\n", "x")
	fmt.Printf("%d\n", 'x')
	fmt.Printf("%d\n", 1.0)
	fmt.Printf("%f\n", 1)
	fmt.Printf("%s %s\n", []string{"a"}, [][]byte{})
	fmt.Printf("%d\n", []interface{}{1})
	fmt.Printf("%s\n", map[string]string{})
	fmt.Printf("%s\n", struct{ A string }{})
	fmt.Printf("%d\n", &arr)
	fmt.Printf("%d\n", &m)
	fmt.Printf("%d\n", &bs)
	fmt.Printf("%s\n", &pr)
	fmt.Printf("%v %d\n", time.Now(), time.Second)
	fmt.Printf("%s\n", time.Now())
	fmt.Print("%d\n", 3)
	fmt.Print("x", "%s")
	fmt.Println("%", 5)
	fmt.Println("100%")
	fmt.Println("% d", 5)
	fmt.Println("%5.2f", 5)
	fmt.Println("%[1]d", 5)
	fmt.Println("%*d", 5)
	fmt.Println("%%", 5)
	fmt.Println(fn)
	fmt.Println("a", "b\n")
	fmt.Sprintln("a\n")
	fmt.Fprintln(os.Stderr, "x\n")
	fmt.Fprint(os.Stderr, "%d", 1)
	fmt.Println(os.Stderr)
	fmt.Print(os.Stdout, "x")
	fmt.Sprintf("%s")
	_ = fmt.Sprintf("%s %s", "a")
	_ = fmt.Sprintf("%")
	_ = fmt.Sprintf("abc%")
	_ = fmt.Sprintf("%!")
	_ = fmt.Sprintf("%é", 1)
	_ = fmt.Errorf("%w", "x")
	_ = fmt.Errorf("%w", me)
	_ = fmt.Errorf("%w", &me)
	_ = fmt.Errorf("%v %w", e, e)
	_ = fmt.Errorf("x", e)
	const format = "%d %s\n"
	fmt.Printf(format, 1, 2)
	fmt.Printf("a"+"%d", "b")
	args := []interface{}{1}
	fmt.Printf("%d %d %d", args...)
	fmt.Printf("%d %v\n", map[string]int{"a": 1}, 0)
	fmt.Printf("%s\n", &Point{X: 1, Y: 2})
	fmt.Printf("%x\n", [][]Point{{{1, 2}}})
}

// Vet:
// printf_types.go:76:2: fmt.Printf format %d has arg c of wrong type command-line-arguments.Celsius
// printf_types.go:77:2: fmt.Printf format %s has arg id of wrong type command-line-arguments.ID
// printf_types.go:78:2: fmt.Printf format %d has arg nm of wrong type command-line-arguments.Name
// printf_types.go:79:2: fmt.Printf format %s has arg p of wrong type command-line-arguments.Point
// printf_types.go:81:2: fmt.Printf format %d has arg t of wrong type command-line-arguments.Temp
// printf_types.go:86:2: fmt.Printf format %f has arg d of wrong type time.Duration
// printf_types.go:87:2: fmt.Printf format %s has arg u8 of wrong type uint8
// printf_types.go:89:2: fmt.Printf format %s has arg rs of wrong type []rune
// printf_types.go:90:2: fmt.Printf format %d has arg fs of wrong type []float64
// printf_types.go:91:2: fmt.Printf format %s has arg ch of wrong type chan int
// printf_types.go:92:2: fmt.Printf format %d has arg m of wrong type map[string]bool
// printf_types.go:93:2: fmt.Printf format %s has arg arr of wrong type [3]int
// printf_types.go:94:2: fmt.Printf format %d has arg f32 of wrong type float32
// printf_types.go:95:2: fmt.Printf format %s has arg ptrInt of wrong type *int
// printf_types.go:96:2: fmt.Printf format %d has arg n of wrong type command-line-arguments.Node
// printf_types.go:97:2: fmt.Printf format %d has arg &n of wrong type *command-line-arguments.Node
// printf_types.go:99:2: fmt.Printf format %s has arg pr of wrong type command-line-arguments.priv
// printf_types.go:100:2: fmt.Printf format %s has arg h of wrong type command-line-arguments.hidden
// printf_types.go:101:2: fmt.Printf format %s has arg w of wrong type command-line-arguments.Wrap
// printf_types.go:103:2: fmt.Printf format %v arg fn is a func value, not called
// printf_types.go:105:2: fmt.Printf format %v arg get is a func value, not called
// printf_types.go:113:2: fmt.Printf format %#d has unrecognized flag #
// printf_types.go:117:2: fmt.Printf format %#t has unrecognized flag #
// printf_types.go:121:2: fmt.Printf format has invalid argument index [0]
// printf_types.go:122:2: fmt.Printf format has invalid argument index [x]
// printf_types.go:123:2: fmt.Printf format %[1d
//  is missing closing ]
// printf_types.go:126:2: fmt.Printf call needs 1 arg but has 2 args
// printf_types.go:127:2: fmt.Printf format %*s uses non-int 1.5 as argument of *
// printf_types.go:128:2: fmt.Printf format %d has arg nil of wrong type untyped nil
// printf_types.go:130:2: fmt.Printf format %s has arg true of wrong type bool
// printf_types.go:131:2: fmt.Printf format %t has arg "x" of wrong type string
// printf_types.go:132:2: fmt.Printf format %q has arg 1.5 of wrong type float64
// printf_types.go:133:2: fmt.Printf format %c has arg "x" of wrong type string
// printf_types.go:135:2: fmt.Printf format %d has arg 1.0 of wrong type float64
// printf_types.go:136:2: fmt.Printf format %f has arg 1 of wrong type int
// printf_types.go:142:2: fmt.Printf format %d has arg &m of wrong type *map[string]bool
// printf_types.go:144:2: fmt.Printf format %s has arg &pr of wrong type *command-line-arguments.priv
// printf_types.go:147:2: fmt.Print call has possible formatting directive %d
// printf_types.go:152:2: fmt.Println call has possible formatting directive %5.2f
// printf_types.go:153:2: fmt.Println call has possible formatting directive %[1]d
// printf_types.go:154:2: fmt.Println call has possible formatting directive %*d
// printf_types.go:156:2: fmt.Println arg fn is a func value, not called
// printf_types.go:157:2: fmt.Println arg list ends with redundant newline
// printf_types.go:158:2: fmt.Sprintln arg list ends with redundant newline
// printf_types.go:159:2: fmt.Fprintln arg list ends with redundant newline
// printf_types.go:160:2: fmt.Fprint call has possible formatting directive %d
// printf_types.go:161:2: fmt.Println does not take io.Writer but has first arg os.Stderr
// printf_types.go:162:2: fmt.Print does not take io.Writer but has first arg os.Stdout
// printf_types.go:163:2: fmt.Sprintf format %s reads arg #1, but call has 0 args
// printf_types.go:164:6: fmt.Sprintf format %s reads arg #2, but call has 1 arg
// printf_types.go:165:6: fmt.Sprintf format % is missing verb at end of string
// printf_types.go:166:6: fmt.Sprintf format % is missing verb at end of string
// printf_types.go:167:6: fmt.Sprintf format %! has unknown verb !
// printf_types.go:168:6: fmt.Sprintf format %é has unknown verb é
// printf_types.go:169:6: fmt.Errorf format %w has arg "x" of wrong type string
// printf_types.go:173:16: fmt.Errorf call has arguments but no formatting directives
// printf_types.go:175:2: fmt.Printf format %s has arg 2 of wrong type int
// printf_types.go:176:2: fmt.Printf format %d has arg "b" of wrong type string
// printf_types.go:179:2: fmt.Printf format %d has arg map[string]int{"a": 1} of wrong type map[string]int
// printf_types.go:163:13: result of fmt.Sprintf call not used
