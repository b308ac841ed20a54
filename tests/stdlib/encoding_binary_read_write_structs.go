package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   uint8
	_       uint8
	Size    int32
	Ratio   float32
	Big     float64
	Ok      bool
	Pts     [2]struct{ X, Y int16 }
}

type order struct{ binary.ByteOrder }

func main() {
	b := make([]byte, 8)
	binary.LittleEndian.PutUint32(b, 0xdeadbeef)
	binary.BigEndian.PutUint16(b[4:], 0x1234)
	fmt.Printf("% x %x %x %x\n", b, binary.LittleEndian.Uint32(b), binary.BigEndian.Uint16(b[4:]), binary.BigEndian.Uint64(b))
	fmt.Println(binary.LittleEndian, binary.BigEndian)
	fmt.Printf("%v %#v %s\n", binary.LittleEndian, binary.BigEndian, binary.LittleEndian)
	fmt.Printf("% x\n", binary.BigEndian.AppendUint64(binary.LittleEndian.AppendUint16(nil, 0xabcd), 1))

	h := Header{Magic: [4]byte{'G', 'O', 'S', 'H'}, Version: 3, Flags: 0x81, Size: -42, Ratio: 1.5, Big: math.Pi, Ok: true}
	h.Pts[1].X, h.Pts[1].Y = -1, 300
	for _, o := range []binary.ByteOrder{binary.LittleEndian, binary.BigEndian, order{binary.BigEndian}} {
		var buf bytes.Buffer
		err := binary.Write(&buf, o, h)
		fmt.Printf("%v %d % x\n", err, buf.Len(), buf.Bytes())
		var back Header
		err = binary.Read(&buf, o, &back)
		fmt.Printf("%v %+v %v\n", err, back, back == h)
	}
	fmt.Println(binary.Size(h), binary.Size(&h), binary.Size([]int32{1, 2, 3}), binary.Size(int(1)), binary.Size("x"), binary.Size([]Header{h, h}))

	var buf bytes.Buffer
	fmt.Println(binary.Write(&buf, binary.BigEndian, []uint16{1, 2, 0xffff}), buf.Bytes())
	fmt.Println(binary.Write(&buf, binary.BigEndian, int(1)))
	fmt.Println(binary.Write(&buf, binary.BigEndian, struct{ S string }{"x"}))
	fmt.Println(binary.Write(&buf, binary.LittleEndian, float32(0.1)), binary.Write(&buf, binary.LittleEndian, int8(-2)), binary.Write(&buf, binary.LittleEndian, true))
	fmt.Printf("% x\n", buf.Bytes())
	s := make([]uint16, 2)
	fmt.Println(binary.Read(&buf, binary.BigEndian, s), s)
	var x uint16
	fmt.Println(binary.Read(&buf, binary.BigEndian, &x), x)
	var f float32
	var i8 int8
	var ok bool
	fmt.Println(binary.Read(&buf, binary.LittleEndian, &f), f, binary.Read(&buf, binary.LittleEndian, &i8), i8, binary.Read(&buf, binary.LittleEndian, &ok), ok)
	fmt.Println(binary.Read(&buf, binary.LittleEndian, &x))
	fmt.Println(binary.Read(bytes.NewReader([]byte{1}), binary.LittleEndian, &x))
	fmt.Println(binary.Read(&buf, binary.LittleEndian, x))
	var n int
	fmt.Println(binary.Read(&buf, binary.LittleEndian, &n))
}

// Output:
// ef be ad de 12 34 00 00 deadbeef 1234 efbeadde12340000
// LittleEndian BigEndian
// LittleEndian binary.BigEndian LittleEndian
// cd ab 00 00 00 00 00 00 00 01
// <nil> 33 47 4f 53 48 03 00 81 00 d6 ff ff ff 00 00 c0 3f 18 2d 44 54 fb 21 09 40 01 00 00 00 00 ff ff 2c 01
// <nil> {Magic:[71 79 83 72] Version:3 Flags:129 _:0 Size:-42 Ratio:1.5 Big:3.141592653589793 Ok:true Pts:[{X:0 Y:0} {X:-1 Y:300}]} true
// <nil> 33 47 4f 53 48 00 03 81 00 ff ff ff d6 3f c0 00 00 40 09 21 fb 54 44 2d 18 01 00 00 00 00 ff ff 01 2c
// <nil> {Magic:[71 79 83 72] Version:3 Flags:129 _:0 Size:-42 Ratio:1.5 Big:3.141592653589793 Ok:true Pts:[{X:0 Y:0} {X:-1 Y:300}]} true
// <nil> 33 47 4f 53 48 00 03 81 00 ff ff ff d6 3f c0 00 00 40 09 21 fb 54 44 2d 18 01 00 00 00 00 ff ff 01 2c
// <nil> {Magic:[71 79 83 72] Version:3 Flags:129 _:0 Size:-42 Ratio:1.5 Big:3.141592653589793 Ok:true Pts:[{X:0 Y:0} {X:-1 Y:300}]} true
// 33 33 12 -1 -1 66
// <nil> [0 1 0 2 255 255]
// binary.Write: invalid type int
// binary.Write: invalid type struct { S string }
// <nil> <nil> <nil>
// 00 01 00 02 ff ff cd cc cc 3d fe 01
// <nil> [1 2]
// <nil> 65535
// <nil> 0.1 <nil> -2 <nil> true
// EOF
// unexpected EOF
// EOF
// binary.Read: invalid type *int
