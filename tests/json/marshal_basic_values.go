// Marshal of the basic kinds: bools, every integer width, floats in Go's
// JSON format (exponents below 1e-6 and from 1e21), strings with Go's
// escaping, []byte as base64, arrays, slices, nil values.
package main

import (
	"encoding/json"
	"fmt"
	"math"
)

func show(v interface{}) {
	b, err := json.Marshal(v)
	fmt.Printf("%s %v\n", b, err)
}

func main() {
	show(true)
	show(false)
	show(nil)
	show(int8(-128))
	show(int16(32767))
	show(int32(-5))
	show(int64(math.MinInt64))
	show(uint8(255))
	show(uint16(65535))
	show(uint32(4294967295))
	show(uint64(math.MaxUint64))
	show(uintptr(9))
	for _, f := range []float64{0, 1, -1, 0.1, 1.5, 1e-7, 1e-6, 123e-9, 1e20, 1e21, -1e21, 123456789.123, 5e-324, math.MaxFloat64, math.Copysign(0, -1)} {
		show(f)
	}
	for _, f := range []float32{0.1, 3.14, 1e-7, 1e21, 16777216, math.MaxFloat32} {
		show(f)
	}
	show("plain")
	show("quote\" backslash\\ tab\t nl\n cr\r ctl\x01\x1f del\x7f")
	show("html <b>&amp;</b>")
	show("line sep \u2028 para sep \u2029 é 世界 😀")
	show("bad utf8 \xff\xfe end")
	show([]byte("hello, world"))
	show([]byte{})
	show([]byte(nil))
	show([]byte{0, 1, 2, 253, 254, 255})
	show([3]byte{1, 2, 3})
	show([]int{1, 2, 3})
	show([]int(nil))
	show([]string{})
	show([2][2]int{{1, 2}, {3, 4}})
	show([]interface{}{1, "a", nil, true, 2.5, []int{}})
	show(map[string]int(nil))
	var p *int
	show(p)
	x := 42
	show(&x)
	pp := &p
	show(pp)
}

// Output:
// true <nil>
// false <nil>
// null <nil>
// -128 <nil>
// 32767 <nil>
// -5 <nil>
// -9223372036854775808 <nil>
// 255 <nil>
// 65535 <nil>
// 4294967295 <nil>
// 18446744073709551615 <nil>
// 9 <nil>
// 0 <nil>
// 1 <nil>
// -1 <nil>
// 0.1 <nil>
// 1.5 <nil>
// 1e-7 <nil>
// 0.000001 <nil>
// 1.23e-7 <nil>
// 100000000000000000000 <nil>
// 1e+21 <nil>
// -1e+21 <nil>
// 123456789.123 <nil>
// 5e-324 <nil>
// 1.7976931348623157e+308 <nil>
// -0 <nil>
// 0.1 <nil>
// 3.14 <nil>
// 1e-7 <nil>
// 1e+21 <nil>
// 16777216 <nil>
// 3.4028235e+38 <nil>
// "plain" <nil>
// "quote\" backslash\\ tab\t nl\n cr\r ctl\u0001\u001f del" <nil>
// "html \u003cb\u003e\u0026amp;\u003c/b\u003e" <nil>
// "line sep \u2028 para sep \u2029 é 世界 😀" <nil>
// "bad utf8 \ufffd\ufffd end" <nil>
// "aGVsbG8sIHdvcmxk" <nil>
// "" <nil>
// null <nil>
// "AAEC/f7/" <nil>
// [1,2,3] <nil>
// [1,2,3] <nil>
// null <nil>
// [] <nil>
// [[1,2],[3,4]] <nil>
// [1,"a",null,true,2.5,[]] <nil>
// null <nil>
// null <nil>
// 42 <nil>
// null <nil>
