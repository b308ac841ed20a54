package main

import "fmt"

func kind(v interface{}) string {
	switch x := v.(type) {
	case int, int8, int16, int32, int64:
		return fmt.Sprintf("signed %T %v", x, x)
	case uint, uint8, uint16, uint32, uint64:
		return fmt.Sprintf("unsigned %T %v", x, x)
	case float32, float64:
		var back interface{} = x
		_, is64 := back.(float64)
		return fmt.Sprintf("float is64=%v %v", is64, x)
	case string:
		return "string " + x
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	for _, v := range []interface{}{1, int8(-2), int64(3), uint(4), byte(5), float32(1.5), 2.25, "s", nil, []byte("b")} {
		fmt.Println(kind(v))
	}
}

// Output:
// signed int 1
// signed int8 -2
// signed int64 3
// unsigned uint 4
// unsigned uint8 5
// float is64=false 1.5
// float is64=true 2.25
// string s
// other <nil>
// other []uint8
